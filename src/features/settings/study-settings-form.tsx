import { useId, useState } from 'react'
import { SETTING_LABELS } from '@/core/srs/settings-labels.ts'
import type { SettingsIssue } from '@/core/srs/settings-schema.ts'
import { FORM_SETTING_KEYS, settingText } from '@/core/srs/settings-text.ts'
import { SETTING_RULES, type SettingKey, type SrsSettings } from '@/core/srs/settings.ts'
import { saveSettingsForm } from '@/stores/study-data-actions.ts'
import { useStudyStore } from '@/stores/study.ts'

const control =
  'w-28 rounded-md border border-slate-300 bg-white px-2 py-1.5 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:aria-invalid:border-red-400'

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + '.'

/** One setting's control, as the table of settings describes it, with its hint and error. */
function SettingField({
  name,
  settings,
  error,
}: {
  name: SettingKey
  settings: SrsSettings
  error: string | undefined
}) {
  const id = useId()
  const { rule } = SETTING_RULES[name]
  const { form } = SETTING_LABELS[name]
  if (!form) return null
  const described = [form.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  const common = {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  }
  const text = settingText(name, settings)
  return (
    <div className="space-y-1">
      {rule.kind === 'boolean' ? (
        <label htmlFor={id} className="flex items-center gap-2">
          <input {...common} type="checkbox" defaultChecked={text === 'on'} className="size-4" />
          {form.label}
        </label>
      ) : (
        <div className="flex items-center justify-between gap-2">
          <label htmlFor={id}>{form.label}</label>
          {rule.kind === 'choice' ? (
            <select {...common} defaultValue={text} className={control}>
              {rule.options.map((option) => (
                <option key={option} value={option}>
                  {form.options?.[option] ?? option}
                </option>
              ))}
            </select>
          ) : rule.kind === 'number' ? (
            <input
              {...common}
              type="number"
              inputMode={rule.integer && !rule.display ? 'numeric' : 'decimal'}
              min={rule.display ? rule.min * rule.display.scale : rule.min}
              max={rule.display ? rule.max * rule.display.scale : rule.max}
              defaultValue={text}
              className={control}
            />
          ) : (
            <input
              {...common}
              type="text"
              spellCheck={false}
              defaultValue={text}
              className={control}
            />
          )}
        </div>
      )}
      {form.hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {form.hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800 dark:text-red-200">
          {sentence(error)}
        </p>
      )}
    </div>
  )
}

/**
 * The scheduling options, one field per setting that the core's table puts on the form. The
 * browser's own range checks are off (`noValidate`): the core checks every field, with the same
 * rules and messages a backup file gets, and each problem is shown beside its field.
 */
export function StudySettingsForm() {
  const settings = useStudyStore((s) => s.settings)
  const [issues, setIssues] = useState<readonly SettingsIssue[]>([])
  const [saved, setSaved] = useState(false)
  const errorOf = (key: SettingKey) => issues.find((i) => i.key === key)?.message
  return (
    <form
      aria-labelledby="settings-heading"
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        const texts = Object.fromEntries(
          FORM_SETTING_KEYS.map((key) => [
            key,
            SETTING_RULES[key].rule.kind === 'boolean'
              ? form.has(key)
                ? 'on'
                : 'off'
              : String(form.get(key) ?? ''),
          ]),
        )
        void saveSettingsForm(texts).then((result) => {
          setIssues(result.ok ? [] : result.issues)
          setSaved(result.ok)
        })
      }}
    >
      <h2 id="settings-heading" className="text-lg font-semibold">
        Study settings
      </h2>
      <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {FORM_SETTING_KEYS.map((key) => (
          <SettingField key={key} name={key} settings={settings} error={errorOf(key)} />
        ))}
      </div>
      <div aria-live="polite">
        {issues.length > 0 && (
          <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-200">
            {issues.length === 1
              ? 'One setting needs a fix; nothing was saved.'
              : `${issues.length} settings need a fix; nothing was saved.`}
          </p>
        )}
      </div>
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
