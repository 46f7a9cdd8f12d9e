import { useState } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { Checkbox } from '@/components/ui/checkbox.tsx'
import { Select, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { SETTING_LABELS } from '@/core/srs/settings-labels.ts'
import type { SettingsIssue } from '@/core/srs/settings-schema.ts'
import { FORM_SETTING_KEYS, settingText } from '@/core/srs/settings-text.ts'
import { SETTING_RULES, type SettingKey, type SrsSettings } from '@/core/srs/settings.ts'
import { saveSettingsForm } from '@/stores/study-data-actions.ts'
import { useStudyStore } from '@/stores/study.ts'

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
  const { rule } = SETTING_RULES[name]
  const { form } = SETTING_LABELS[name]
  if (!form) return null
  const text = settingText(name, settings)
  const message = error && sentence(error)
  if (rule.kind === 'boolean') {
    return (
      <Checkbox
        name={name}
        label={form.label}
        hint={form.hint}
        error={message}
        defaultChecked={text === 'on'}
      />
    )
  }
  return (
    <Field label={form.label} hint={form.hint} error={message} layout="inline">
      {rule.kind === 'choice' ? (
        <Select compact name={name} defaultValue={text}>
          {rule.options.map((option) => (
            <option key={option} value={option}>
              {form.options?.[option] ?? option}
            </option>
          ))}
        </Select>
      ) : rule.kind === 'number' ? (
        <TextInput
          compact
          name={name}
          type="number"
          inputMode={rule.integer && !rule.display ? 'numeric' : 'decimal'}
          min={rule.display ? rule.min * rule.display.scale : rule.min}
          max={rule.display ? rule.max * rule.display.scale : rule.max}
          defaultValue={text}
        />
      ) : (
        <TextInput compact name={name} type="text" spellCheck={false} defaultValue={text} />
      )}
    </Field>
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
  // Each save remounts its message, so the same outcome twice is announced twice.
  const [attempt, setAttempt] = useState(0)
  const errorOf = (key: SettingKey) => issues.find((i) => i.key === key)?.message
  return (
    <Panel title="Study settings">
      <form
        noValidate
        className="space-y-3"
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
            setAttempt((n) => n + 1)
            setIssues(result.ok ? [] : result.issues)
            setSaved(result.ok)
          })
        }}
      >
        <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {FORM_SETTING_KEYS.map((key) => (
            <SettingField key={key} name={key} settings={settings} error={errorOf(key)} />
          ))}
        </div>
        <Button variant="primary" type="submit">
          Save settings
        </Button>
        {issues.length > 0 && (
          <Alert key={attempt} tone="error">
            <p>
              {issues.length === 1
                ? 'One setting needs a fix; nothing was saved.'
                : `${issues.length} settings need a fix; nothing was saved.`}
            </p>
          </Alert>
        )}
        {saved && (
          <Alert key={attempt} tone="success">
            <p>Saved.</p>
          </Alert>
        )}
      </form>
    </Panel>
  )
}
