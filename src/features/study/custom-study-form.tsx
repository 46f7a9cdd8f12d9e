import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { Select } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import { customStudyOf, type CustomStudyChoice } from '@/core/srs/first-screen.ts'
import { getDeckSummary, getTagCounts } from '@/stores/deck-store.ts'
import { studyStore } from '@/stores/study.ts'

const MODES: readonly { value: CustomStudyChoice; label: string }[] = [
  { value: 'tag', label: "Today's cards with a tag" },
  { value: 'cram', label: 'Cram: review ahead, schedule unchanged' },
  { value: 'overdue', label: 'Only overdue reviews' },
]

/**
 * Anki's custom study: today's cards of one tag, cramming (review ahead without changing the
 * schedule), or only the overdue reviews.
 */
export function CustomStudyForm() {
  const [mode, setMode] = useState<CustomStudyChoice>('tag')
  const [tag, setTag] = useState(getTagCounts()[0]?.tag ?? '')
  const start = () => {
    const cards = getDeckSummary().cards.map((c) => ({ id: c.id, tags: c.tags }))
    const { label, study } = customStudyOf(mode, tag, cards)
    studyStore.startCustomStudy(label, study)
  }
  return (
    <Panel title="Custom study" headingLevel={3}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault()
          start()
        }}
      >
        <RadioGroup
          legend="What to study"
          hideLegend
          value={mode}
          onChange={setMode}
          options={MODES}
        />
        <Field label="Tag">
          <Select value={tag} onChange={(e) => setTag(e.target.value)} className="sm:w-auto">
            <option value="">All cards</option>
            {getTagCounts().map(({ tag: t, count }) => (
              <option key={t} value={t}>
                {t} ({count})
              </option>
            ))}
          </Select>
        </Field>
        <Button variant="primary" type="submit">
          Start custom study
        </Button>
      </form>
    </Panel>
  )
}
