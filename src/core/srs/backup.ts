/**
 * The learner's backup file: everything needed to restore study progress (settings, card
 * states, the whole review log), versioned so that older backups stay importable. Parsing
 * validates the whole file before anything is applied and names the first problems found;
 * the caller writes all of it or nothing.
 */
import { migrate, SCHEMA_VERSION, type SrsData } from './schema.ts'
import { parseSettings } from './settings-schema.ts'
import type { SrsSettings } from './settings.ts'

export const BACKUP_FORMAT = 'keydeck-backup'

export interface Backup {
  readonly format: typeof BACKUP_FORMAT
  /** The learner-data schema version of `states` and `logs` (see schema.ts). */
  readonly schemaVersion: number
  readonly exportedAt: string
  readonly settings: SrsSettings
  readonly states: SrsData['states']
  readonly logs: SrsData['logs']
}

export interface RestoredBackup {
  readonly settings: SrsSettings
  readonly data: SrsData
  readonly exportedAt: string
}

export type BackupResult =
  | { readonly ok: true; readonly backup: RestoredBackup }
  | { readonly ok: false; readonly message: string }

export function createBackup(data: SrsData, settings: SrsSettings, exportedAt: number): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    settings,
    states: data.states,
    logs: data.logs,
  }
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1)
}

const refuse = (message: string): BackupResult => ({
  ok: false,
  message: `This backup cannot be imported: ${message}.`,
})

/** A file that is not a KeyDeck backup at all, said plainly. */
const notABackup = (why: string): BackupResult => ({
  ok: false,
  message: `This file is not a KeyDeck backup: ${why}.`,
})

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) return id
    seen.add(id)
  }
  return undefined
}

/**
 * Validates a backup file's text completely, its dates against `now`; on any problem returns a
 * message and no data.
 */
export function parseBackup(text: string, now: number): BackupResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return notABackup(
      `it is not valid JSON, perhaps cut short or edited (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  const file = json as Record<string, unknown> | null
  if (
    typeof file !== 'object' ||
    file === null ||
    Array.isArray(file) ||
    file.format !== BACKUP_FORMAT
  )
    return notABackup('KeyDeck did not make it (it lacks the mark every KeyDeck backup has)')
  if (typeof file.schemaVersion !== 'number') return refuse('it has no schemaVersion')
  if (typeof file.exportedAt !== 'string' || Number.isNaN(Date.parse(file.exportedAt))) {
    return refuse('its exportedAt is not a date')
  }
  const settings = parseSettings(file.settings)
  if (!settings.ok)
    return refuse(`its settings are invalid (${settings.errors.slice(0, 3).join('; ')})`)
  let data: SrsData
  try {
    data = migrate(
      file.schemaVersion,
      { version: file.schemaVersion, states: file.states, logs: file.logs },
      now,
    )
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error))
  }
  const duplicateCard = firstDuplicate(data.states.map((s) => s.cardId))
  if (duplicateCard) return refuse(`card ${duplicateCard} appears twice in states`)
  const duplicateLog = firstDuplicate(data.logs.map((l) => l.id))
  if (duplicateLog) return refuse(`review ${duplicateLog} appears twice in logs`)
  return { ok: true, backup: { settings: settings.settings, data, exportedAt: file.exportedAt } }
}

/** `keydeck-backup-2026-11-29.json` */
export function backupFileName(now: number): string {
  return `keydeck-backup-${new Date(now).toISOString().slice(0, 10)}.json`
}
