/**
 * Whole-collection actions: backup export and import, the CSV review history, settings, and
 * starting over. Each reads from or writes to storage first, then refreshes the study store.
 * An import is validated completely before anything is written, and written in one
 * transaction, so a bad file changes nothing.
 */
import {
  backupFileName,
  createBackup,
  parseBackup,
  parseSettings,
  reviewLogToCsv,
  SCHEMA_VERSION,
  serializeBackup,
  settingsFromForm,
  type RestoredBackup,
  type SettingsResult,
} from '@/core/srs/data.ts'
import type { SettingKey, SrsSettings } from '@/core/srs/first-screen.ts'
import { studyRepository as repository, studyStore } from './study.ts'

export interface ExportFile {
  readonly name: string
  readonly type: string
  readonly text: string
}

export async function exportBackup(now: number = Date.now()): Promise<ExportFile> {
  const stored = await repository.loadAll()
  const settings = parseSettings(stored.meta.settings)
  const backup = createBackup(
    { version: SCHEMA_VERSION, states: stored.states, logs: stored.logs },
    settings.ok ? settings.settings : studyStore.getState().settings,
    now,
  )
  await repository.setMeta('lastExportAt', now)
  studyStore.exported(now)
  return {
    name: backupFileName(now),
    type: 'application/json',
    text: serializeBackup(backup),
  }
}

export async function exportReviewCsv(now: number = Date.now()): Promise<ExportFile> {
  const { logs } = await repository.loadAll()
  return {
    name: `keydeck-reviews-${new Date(now).toISOString().slice(0, 10)}.csv`,
    type: 'text/csv',
    text: reviewLogToCsv(logs),
  }
}

/** A backup file, read and validated in full: nothing of it is written yet. */
export type BackupFileResult =
  | {
      readonly ok: true
      readonly backup: RestoredBackup
      readonly reviews: number
      readonly cards: number
      /** When it was made (epoch ms). */
      readonly exportedAt: number
    }
  | { readonly ok: false; readonly message: string }

/**
 * Reads a backup file's text and validates all of it, writing nothing: the screen asks to
 * replace the learner's progress only with a file that can be imported, and says what is in it.
 */
export function readBackupFile(text: string): BackupFileResult {
  const parsed = parseBackup(text, Date.now())
  if (!parsed.ok) return parsed
  const { backup } = parsed
  return {
    ok: true,
    backup,
    reviews: backup.data.logs.length,
    cards: backup.data.states.length,
    exportedAt: Date.parse(backup.exportedAt),
  }
}

/** Replaces all study data with a read backup's, in one transaction: all of it or nothing. */
export async function restoreBackup(
  backup: RestoredBackup,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const { data, settings } = backup
  try {
    await repository.replaceAll({ states: data.states, logs: data.logs, settings })
  } catch (error) {
    return {
      ok: false,
      message: `The backup could not be written (${String(error)}).`,
    }
  }
  await studyStore.replaced()
  return { ok: true }
}

/**
 * Saves the settings form: its texts over the current settings, checked by the core; on a
 * problem nothing is saved and each issue names its field.
 */
export async function saveSettingsForm(
  texts: Partial<Record<SettingKey, string>>,
): Promise<SettingsResult> {
  return await saveChecked(settingsFromForm(texts, studyStore.getState().settings))
}

/**
 * Saves a change made outside the form (the optimizer's parameters) over the current settings,
 * with the same checks as the form and a backup; the scheduler uses the result from the next
 * answer on.
 */
export async function saveSettings(change: Partial<SrsSettings>): Promise<SettingsResult> {
  return await saveChecked(parseSettings({ ...studyStore.getState().settings, ...change }))
}

async function saveChecked(parsed: SettingsResult): Promise<SettingsResult> {
  if (!parsed.ok) return parsed
  await repository.setMeta('settings', parsed.settings)
  studyStore.settingsSaved(parsed.settings)
  return parsed
}

export async function deleteAllStudyData(): Promise<void> {
  await repository.wipe()
  await studyStore.replaced()
}
