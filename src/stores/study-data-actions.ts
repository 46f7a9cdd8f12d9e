/**
 * Whole-collection actions: backup export and import, the CSV review history, settings, and
 * starting over. Each reads from or writes to storage first, then refreshes the study store.
 * An import is validated completely before anything is written, and written in one
 * transaction, so a bad file changes nothing. An import either replaces this browser's data or
 * merges with it (two devices: src/core/srs/merge-backup.ts).
 */
import {
  backupFileName,
  createBackup,
  mergeLearnerData,
  parseBackup,
  parseSettings,
  reviewLogToCsv,
  SCHEMA_VERSION,
  serializeBackup,
  settingsFromForm,
  type LearnerData,
  type RestoredBackup,
  type SettingsResult,
} from '@/core/srs/data.ts'
import { withDefaults, type SettingKey, type SrsSettings } from '@/core/srs/first-screen.ts'
import { displayNow, setDisplay } from './display.ts'
import { isDemoProfile } from './storage/profile.ts'
import { keyDeckDb } from './storage/shared-db.ts'
import {
  createStudyDataRepository,
  type StoredEverything,
  type WholeStudyData,
} from './storage/study-data-repository.ts'
import { studyRepository as repository, studyStore } from './study.ts'

/** Study's data as a whole (export, import, start over), over the app's one database. */
async function wholeData() {
  return createStudyDataRepository(await keyDeckDb())
}

export interface ExportFile {
  readonly name: string
  readonly type: string
  readonly text: string
}

/** This browser's data as the merge sees one side. */
function learnerDataOf(stored: StoredEverything): LearnerData {
  const settings = parseSettings(stored.meta.settings)
  return {
    data: { version: SCHEMA_VERSION, states: stored.states, logs: stored.logs },
    settings: settings.ok ? settings.settings : withDefaults(stored.meta.settings),
    settingsChangedAt: stored.meta.settingsChangedAt ?? 0,
    notes: stored.notes,
  }
}

function wholeDataOf(data: LearnerData): WholeStudyData {
  return {
    ...data.data,
    settings: data.settings,
    settingsChangedAt: data.settingsChangedAt,
    notes: data.notes,
  }
}

export async function exportBackup(now: number = Date.now()): Promise<ExportFile> {
  const mine = learnerDataOf(await (await wholeData()).loadEverything())
  // A backup of the demo profile says so, in the file and in its name.
  const profile = isDemoProfile() ? 'demo' : undefined
  const backup = createBackup(mine.data, mine.settings, now, {
    ...mine,
    display: displayNow(),
    profile,
  })
  await repository.setMeta('lastExportAt', now)
  studyStore.exported(now)
  return {
    name: backupFileName(now, profile),
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
      /** The learner's notes on cards in it. */
      readonly notes: number
      /** When it was made (epoch ms). */
      readonly exportedAt: number
      /** Made in the demo profile. */
      readonly demo: boolean
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
    notes: backup.notes.filter((n) => n.text !== '').length,
    exportedAt: Date.parse(backup.exportedAt),
    demo: backup.profile === 'demo',
  }
}

/**
 * Replaces all study data with a read backup's, in one transaction: all of it or nothing; then
 * the display settings, when the backup has them (a merge leaves this device's display alone).
 */
export async function restoreBackup(
  backup: RestoredBackup,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await (await wholeData()).replaceAll(wholeDataOf(backup))
  } catch (error) {
    return {
      ok: false,
      message: `The backup could not be written (${String(error)}).`,
    }
  }
  if (backup.display) setDisplay(backup.display)
  await studyStore.replaced()
  return { ok: true }
}

/** How a merge changed this browser's data. */
export type MergeResult =
  | { readonly ok: true; readonly reviews: number; readonly added: number }
  | { readonly ok: false; readonly message: string }

/**
 * Merges a read backup with this browser's data (another device's progress): the union of both
 * review logs, card states rebuilt from it, the later settings and notes. One transaction reads
 * and writes, so no answer from another tab falls between; merging the same file again changes
 * nothing.
 */
export async function mergeBackup(backup: RestoredBackup): Promise<MergeResult> {
  let counts = { reviews: 0, added: 0 }
  try {
    await (
      await wholeData()
    ).mergeAll((stored) => {
      const merged = mergeLearnerData(learnerDataOf(stored), backup)
      const reviews = merged.data.logs.length
      counts = { reviews, added: reviews - stored.logs.length }
      return wholeDataOf(merged)
    })
  } catch (error) {
    return { ok: false, message: `The backup could not be merged (${String(error)}).` }
  }
  await studyStore.replaced()
  return { ok: true, ...counts }
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
  await repository.setMeta('settingsChangedAt', Date.now())
  studyStore.settingsSaved(parsed.settings)
  return parsed
}

export async function deleteAllStudyData(): Promise<void> {
  await (await wholeData()).wipe()
  await studyStore.replaced()
}
