/**
 * Settings as a person reads and types them in a form: desired retention as a percentage,
 * steps as `1m 10m`, a switch as on/off. Text becomes a value here; whether the value is allowed
 * is the schema's call (settings-schema.ts), so the form and a backup file get the same rules and
 * the same messages. An emptied field is a mistake to point out, never a silent 0.
 */
import { SETTING_LABELS } from './settings-labels.ts'
import { parseSettings, type SettingsIssue, type SettingsResult } from './settings-schema.ts'
import {
  scaledSetting,
  SETTING_KEYS,
  SETTING_RULES,
  type SettingKey,
  type SrsSettings,
} from './settings.ts'

/** The settings that appear on the form, in table order. */
export const FORM_SETTING_KEYS: readonly SettingKey[] = SETTING_KEYS.filter(
  (key) => SETTING_LABELS[key].form !== undefined,
)

/** What a form field shows for a setting: "90" for 0.9 retention, "1m 10m" for steps. */
export function settingText(key: SettingKey, settings: SrsSettings): string {
  const { rule } = SETTING_RULES[key]
  const value = settings[key]
  switch (rule.kind) {
    case 'number':
      return String(scaledSetting(rule, value as number))
    case 'steps':
    case 'weights':
      return ((value ?? []) as readonly unknown[]).join(' ')
    case 'boolean':
      return value ? 'on' : 'off'
    case 'choice':
      return String(value)
  }
}

/** The value a form field's text stands for, or what is wrong with the text. */
export function settingFromText(
  key: SettingKey,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const { rule } = SETTING_RULES[key]
  const { name } = SETTING_LABELS[key]
  const trimmed = text.trim()
  switch (rule.kind) {
    case 'number': {
      if (trimmed === '') return { ok: false, message: `enter the ${name}` }
      const number = Number(trimmed)
      if (!Number.isFinite(number)) return { ok: false, message: `${name} must be a number` }
      return { ok: true, value: rule.display ? number / rule.display.scale : number }
    }
    case 'steps':
      return { ok: true, value: trimmed === '' ? [] : trimmed.split(/[\s,]+/) }
    case 'weights':
      return { ok: true, value: trimmed === '' ? undefined : trimmed.split(/[\s,]+/).map(Number) }
    case 'boolean':
      return { ok: true, value: trimmed === 'on' || trimmed === 'true' }
    case 'choice':
      return { ok: true, value: trimmed }
  }
}

/**
 * The settings a form holds: its texts over the current settings (fields not on the form keep
 * their values), then the schema's checks. Issues name their setting, so each is shown beside
 * its field.
 */
export function settingsFromForm(
  texts: Partial<Record<SettingKey, string>>,
  current: SrsSettings,
): SettingsResult {
  const values: Record<string, unknown> = { ...current }
  const issues: SettingsIssue[] = []
  for (const key of SETTING_KEYS) {
    const text = texts[key]
    if (text === undefined) continue
    const read = settingFromText(key, text)
    if (read.ok) values[key] = read.value
    else issues.push({ key, message: read.message })
  }
  const checked = parseSettings(values)
  if (issues.length === 0) return checked
  // Text that is not a value at all comes first; the schema may add more for other fields.
  const more = checked.ok ? [] : checked.issues.filter((i) => !issues.some((t) => t.key === i.key))
  const all = [...issues, ...more]
  return { ok: false, errors: all.map((i) => `${i.key ?? 'settings'}: ${i.message}`), issues: all }
}
