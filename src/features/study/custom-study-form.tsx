import { useEffect, useMemo, useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { Select, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import {
  customStudyOf,
  dayClock,
  forgottenSince,
  type CustomStudyChoice,
} from '@/core/srs/first-screen.ts'
import { getDeckSummary, loadDeckTags, useDeckTags, useTagCounts } from '@/stores/deck-store.ts'
import { localUtcOffset } from '@/stores/local-time.ts'
import { studyStore, useStudyStore } from '@/stores/study.ts'

/**
 * Anki's custom study: more new cards today, the cards forgotten today, cramming (review ahead
 * without changing the schedule), only the overdue reviews, or today's cards of one tag; each
 * within a tag when one is chosen.
 * @see https://docs.ankiweb.net/filtered-decks.html#custom-study
 */
export function CustomStudyForm() {
  const logs = useStudyStore((s) => s.logs)
  const dayStartHour = useStudyStore((s) => s.settings.dayStartHour)
  // Read once when shown: the screen counts today as of then.
  const [now] = useState(() => Date.now())
  const forgotten = useMemo(
    () => forgottenSince(logs, dayClock(now, dayStartHour, localUtcOffset).todayStart),
    [logs, dayStartHour, now],
  )
  const deckTags = useDeckTags()
  const tagCounts = useTagCounts()
  // Shown on a first screen without a card too, before anything else has asked for the tags.
  useEffect(() => {
    void loadDeckTags()
  }, [])
  const [mode, setMode] = useState<CustomStudyChoice>('more-new')
  const [tag, setTag] = useState('')
  const [extraNew, setExtraNew] = useState('10')
  const extra = Number(extraNew)
  const extraError =
    mode === 'more-new' && !(Number.isInteger(extra) && extra >= 1 && extra <= 9999)
      ? 'Enter a whole number of cards, from 1 to 9999.'
      : undefined
  const modes: readonly { value: CustomStudyChoice; label: string }[] = [
    { value: 'more-new', label: "Increase today's new-card limit" },
    {
      value: 'forgotten',
      label: `Review the cards you forgot today (${forgotten.size})`,
    },
    { value: 'cram', label: 'Cram: review ahead, schedule unchanged' },
    { value: 'overdue', label: 'Only overdue reviews' },
    { value: 'tag', label: "Today's cards with a tag" },
  ]
  const start = () => {
    if (extraError) return
    const cards = getDeckSummary().cards.map((c) => ({ id: c.id, tags: deckTags?.[c.id] ?? [] }))
    const { label, study } = customStudyOf(mode, tag, cards, { extraNew: extra, forgotten })
    studyStore.startCustomStudy(label, study)
  }
  return (
    <Panel title="Custom study" headingLevel={3}>
      <form
        className="space-y-3"
        noValidate
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
          options={modes}
        />
        {mode === 'more-new' && (
          <Field label="More new cards today" error={extraError}>
            <TextInput
              type="number"
              inputMode="numeric"
              min={1}
              max={9999}
              value={extraNew}
              onChange={(e) => setExtraNew(e.target.value)}
              compact
            />
          </Field>
        )}
        <Field label="Tag">
          <Select value={tag} onChange={(e) => setTag(e.target.value)} className="sm:w-auto">
            <option value="">All cards</option>
            {tagCounts?.map(({ tag: t, count }) => (
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
