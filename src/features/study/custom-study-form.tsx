import { useState } from 'react'
import { customStudyOf, type CustomStudyChoice } from '@/core/srs/first-screen.ts'
import { getDeckSummary, getTagCounts } from '@/stores/deck-store.ts'
import { studyStore } from '@/stores/study.ts'

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
    <form
      aria-labelledby="custom-study-heading"
      className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      onSubmit={(e) => {
        e.preventDefault()
        start()
      }}
    >
      <h3 id="custom-study-heading" className="font-semibold">
        Custom study
      </h3>
      <fieldset className="space-y-1">
        <legend className="sr-only">What to study</legend>
        {(
          [
            ['tag', "Today's cards with a tag"],
            ['cram', 'Cram: review ahead, schedule unchanged'],
            ['overdue', 'Only overdue reviews'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="custom-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Tag</span>
        <select
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="">All cards</option>
          {getTagCounts().map(({ tag: t, count }) => (
            <option key={t} value={t}>
              {t} ({count})
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md bg-amber-500 px-3 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-400"
      >
        Start custom study
      </button>
    </form>
  )
}
