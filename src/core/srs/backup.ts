/**
 * The learner's backup file: everything needed to restore study progress (settings, card
 * states, the whole review log, the learner's notes on cards), versioned so that older backups
 * stay importable. Parsing validates the whole file before anything is applied and names the
 * first problems found; the caller writes all of it or nothing.
 *
 * `notes` and `settingsChangedAt` came after schema version 2 and are optional: a backup without
 * them imports with no notes, and its settings count as changed when it was exported. `display`
 * (theme, text size, motion: display-settings.ts) came later still and is optional too: a backup
 * without it leaves this device's display as it is.
 */
import { z } from 'zod'
import type { CardId } from '../deck/card.ts'
import { NOTE_MAX_LENGTH, type CardNote } from './card-note.ts'
import { displaySettingsSchema, type DisplaySettings } from './display-settings.ts'
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
  /** When the settings were last saved (epoch ms; 0: never). A merge keeps the later settings. */
  readonly settingsChangedAt?: number
  readonly notes?: readonly CardNote[]
  /** The display settings of the device it was made on. */
  readonly display?: DisplaySettings
  /** Made in the demo profile (class demos), not the learner's own progress. */
  readonly profile?: 'demo'
}

export interface RestoredBackup {
  readonly settings: SrsSettings
  readonly data: SrsData
  readonly exportedAt: string
  /** From the file, or its export time for a file made before it was recorded. */
  readonly settingsChangedAt: number
  readonly notes: readonly CardNote[]
  /** Absent in a backup made before display settings were kept. */
  readonly display?: DisplaySettings
  readonly profile?: 'demo'
}

/** What a backup holds besides states, logs and settings. */
export interface BackupExtras {
  readonly settingsChangedAt?: number
  readonly notes?: readonly CardNote[]
  readonly display?: DisplaySettings
  readonly profile?: 'demo'
}

export type BackupResult =
  | { readonly ok: true; readonly backup: RestoredBackup }
  | { readonly ok: false; readonly message: string }

export function createBackup(
  data: SrsData,
  settings: SrsSettings,
  exportedAt: number,
  extras: BackupExtras = {},
): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    settings,
    settingsChangedAt: extras.settingsChangedAt ?? 0,
    states: data.states,
    logs: data.logs,
    notes: extras.notes ?? [],
    ...(extras.display && { display: extras.display }),
    ...(extras.profile && { profile: extras.profile }),
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

const DAY_MS = 86_400_000
/** As schema.ts bounds review times: after 2000, and at most a day ahead (clock skew). */
const EARLIEST = Date.UTC(2000, 0, 1)

function extrasSchema(now: number) {
  const instant = z.number().refine((t) => t >= EARLIEST && t <= now + DAY_MS, {
    error: `must fall between 2000 and ${new Date(now + DAY_MS).getUTCFullYear()}`,
  })
  return z.object({
    settingsChangedAt: z.union([z.literal(0), instant]).optional(),
    notes: z
      .array(
        z.object({
          cardId: z.string().min(1),
          text: z.string().max(NOTE_MAX_LENGTH, {
            error: `a note is at most ${NOTE_MAX_LENGTH} characters`,
          }),
          updatedAt: instant,
        }),
      )
      .optional(),
    display: displaySettingsSchema.optional(),
    profile: z.literal('demo').optional(),
  })
}

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
  const extras = extrasSchema(now).safeParse(file)
  if (!extras.success) {
    const issue = extras.error.issues[0]
    return refuse(`${issue?.path.join('.')}: ${issue?.message}`)
  }
  const notes = (extras.data.notes ?? []).map((n) => ({ ...n, cardId: n.cardId as CardId }))
  const duplicateNote = firstDuplicate(notes.map((n) => n.cardId))
  if (duplicateNote) return refuse(`card ${duplicateNote} has two notes`)
  return {
    ok: true,
    backup: {
      settings: settings.settings,
      data,
      exportedAt: file.exportedAt,
      settingsChangedAt: extras.data.settingsChangedAt ?? Date.parse(file.exportedAt),
      notes,
      ...(extras.data.display && { display: extras.data.display }),
      ...(extras.data.profile && { profile: extras.data.profile }),
    },
  }
}

/** `keydeck-backup-2026-11-29.json`; `keydeck-demo-backup-2026-11-29.json` for the demo profile. */
export function backupFileName(now: number, profile?: 'demo'): string {
  return `keydeck-${profile ? 'demo-' : ''}backup-${new Date(now).toISOString().slice(0, 10)}.json`
}
