import { useState } from 'react'
import type { SrsSettings } from '@/core/srs/first-screen.ts'
import { saveSettings } from '@/stores/study-data-actions.ts'
import { useStudyStore } from '@/stores/study-store.ts'

const input =
  'w-28 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900'

const NUMBER_FIELDS: readonly {
  name: string
  label: string
  min: number
  max: number
  value: (settings: SrsSettings) => number
}[] = [
  { name: 'newPerDay', label: 'New cards per day', min: 0, max: 9999, value: (s) => s.newPerDay },
  {
    name: 'reviewsPerDay',
    label: 'Reviews per day',
    min: 0,
    max: 9999,
    value: (s) => s.reviewsPerDay,
  },
  {
    name: 'desiredRetention',
    label: 'Desired retention (%)',
    min: 70,
    max: 99,
    value: (s) => Math.round(s.desiredRetention * 100),
  },
  {
    name: 'dayStartHour',
    label: 'Next day starts at (hour)',
    min: 0,
    max: 23,
    value: (s) => s.dayStartHour,
  },
]

/** The scheduling options learners change most; everything is validated by the core. */
export function StudySettingsForm() {
  const settings = useStudyStore((s) => s.settings)
  const [errors, setErrors] = useState<readonly string[]>([])
  const [saved, setSaved] = useState(false)
  return (
    <form
      aria-labelledby="settings-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        void saveSettings({
          ...settings,
          newPerDay: Number(form.get('newPerDay')),
          reviewsPerDay: Number(form.get('reviewsPerDay')),
          desiredRetention: Number(form.get('desiredRetention')) / 100,
          dayStartHour: Number(form.get('dayStartHour')),
          leechAction: form.get('leechAction'),
        }).then((result) => {
          setErrors(result.ok ? [] : result.errors)
          setSaved(result.ok)
        })
      }}
    >
      <h2 id="settings-heading" className="text-lg font-semibold">
        Study settings
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {NUMBER_FIELDS.map((field) => (
          <label key={field.name} className="flex items-center justify-between gap-2">
            {field.label}
            <input
              name={field.name}
              type="number"
              min={field.min}
              max={field.max}
              defaultValue={field.value(settings)}
              className={input}
            />
          </label>
        ))}
        <label className="flex items-center justify-between gap-2">
          Leeches ({settings.leechThreshold} lapses)
          <select name="leechAction" defaultValue={settings.leechAction} className={input}>
            <option value="tag">Tag only</option>
            <option value="suspend">Suspend</option>
          </select>
        </label>
      </div>
      {errors.length > 0 && (
        <ul
          role="alert"
          className="list-disc rounded-md bg-red-50 p-3 pl-8 text-sm text-red-900 dark:bg-red-500/10 dark:text-red-100"
        >
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-amber-500 px-3 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-400"
        >
          Save settings
        </button>
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-200">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  )
}
