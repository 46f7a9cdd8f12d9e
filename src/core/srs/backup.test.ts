import { describe, expect, it } from 'vitest'
import { backupFileName, createBackup, parseBackup, serializeBackup } from './backup.ts'
import { SCHEMA_VERSION } from './schema.ts'
import { DEFAULT_SETTINGS } from './settings.ts'
import { DAY, id, NOW, play } from './testing/srs-fixtures.ts'

const answers = ([3, 1, 3, 4] as const).map((grade, i) => ({ grade, at: NOW + i * DAY }))
const history = play(id('rotation-yearly'), answers)
const data = {
  version: SCHEMA_VERSION,
  states: [history.states.at(-1)!],
  logs: history.logs,
} as const
const settings = { ...DEFAULT_SETTINGS, newPerDay: 15 }
const text = serializeBackup(createBackup(data, settings, NOW))

function refusal(json: unknown): string {
  const result = parseBackup(typeof json === 'string' ? json : JSON.stringify(json))
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.message
}

describe('backup', () => {
  it('round-trips every state, log and setting', () => {
    const result = parseBackup(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.backup.data).toEqual(data)
    expect(result.backup.settings).toEqual(settings)
    expect(result.backup.exportedAt).toBe(new Date(NOW).toISOString())
  })

  it('refuses text that is not JSON, and says so', () => {
    expect(refusal('{"format": "keydeck-backup",')).toMatch(
      /^This backup cannot be imported: it is not valid JSON/,
    )
  })

  it('refuses a file of another kind', () => {
    expect(refusal({ hello: 1 })).toBe(
      'This backup cannot be imported: it is not a KeyDeck backup (format is null).',
    )
    expect(refusal([1, 2])).toBe(
      'This backup cannot be imported: it is not a KeyDeck backup object.',
    )
  })

  it('refuses a backup from a newer app', () => {
    const future = { ...JSON.parse(text), schemaVersion: SCHEMA_VERSION + 1 }
    expect(refusal(future)).toMatch(/newer than this app/)
  })

  it('names the field of a corrupted state or log', () => {
    const file = JSON.parse(text)
    file.logs[1].rating = 7
    expect(refusal(file)).toMatch(
      /^This backup cannot be imported: invalid v2 learner data: logs\.1\.rating/,
    )
    const other = JSON.parse(text)
    other.states[0].fsrs.due = 'soon'
    expect(refusal(other)).toMatch(/states\.0\.fsrs\.due/)
  })

  it('refuses invalid settings and duplicate records', () => {
    expect(refusal({ ...JSON.parse(text), settings: { newPerDay: -1 } })).toMatch(
      /settings are invalid \(newPerDay/,
    )
    const file = JSON.parse(text)
    file.logs.push(file.logs[0])
    expect(refusal(file)).toMatch(/appears twice in logs/)
  })

  it('names the file by date', () => {
    expect(backupFileName(Date.UTC(2026, 10, 29, 12))).toBe('keydeck-backup-2026-11-29.json')
  })
})
