import { describe, expect, it } from 'vitest'
import { backupFileName, createBackup, parseBackup, serializeBackup } from './backup.ts'
import { NOTE_MAX_LENGTH, writeNote } from './card-note.ts'
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
/** When the backup is imported: a month after its last review. */
const LATER = NOW + 30 * DAY

function refusal(json: unknown): string {
  const result = parseBackup(typeof json === 'string' ? json : JSON.stringify(json), LATER)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.message
}

describe('backup', () => {
  it('round-trips every state, log and setting', () => {
    const result = parseBackup(text, LATER)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.backup.data).toEqual(data)
    expect(result.backup.settings).toEqual(settings)
    expect(result.backup.exportedAt).toBe(new Date(NOW).toISOString())
  })

  it('refuses text that is not JSON, and says so', () => {
    expect(refusal('{"format": "keydeck-backup",')).toMatch(
      /^This file is not a KeyDeck backup: it is not valid JSON, perhaps cut short or edited/,
    )
  })

  it('refuses a file of another kind', () => {
    const plainly =
      'This file is not a KeyDeck backup: KeyDeck did not make it (it lacks the mark every KeyDeck backup has).'
    expect(refusal({ hello: 1 })).toBe(plainly)
    expect(refusal({ format: 'anki-deck' })).toBe(plainly)
    expect(refusal([1, 2])).toBe(plainly)
    expect(refusal('null')).toBe(plainly)
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

  it('refuses numbers no app could have written, naming each (issue: due 1e300, stability -1)', () => {
    const damaged = (change: (file: ReturnType<typeof JSON.parse>) => void) => {
      const file = JSON.parse(text)
      change(file)
      return refusal(file)
    }
    // A due of 1e300 blanked the card page ('Invalid time value') and stopped the CSV export.
    expect(damaged((f) => (f.states[0].fsrs.due = 1e300))).toMatch(
      /states\.0\.fsrs\.due: a due date must fall between 2000 and 21\d\d/,
    )
    // A negative stability made the card impossible to reveal.
    expect(damaged((f) => (f.states[0].fsrs.stability = -3))).toMatch(
      /states\.0\.fsrs: stability and difficulty must be 0 for a new card/,
    )
    expect(damaged((f) => (f.logs[0].durationMs = -1e300))).toMatch(
      /logs\.0\.durationMs: an answer cannot take negative time/,
    )
    expect(damaged((f) => (f.logs[2].reviewedAt = LATER + 2 * DAY))).toMatch(
      /logs\.2\.reviewedAt: a review time must fall between 2000 and/,
    )
    expect(damaged((f) => (f.logs[0].reviewedAt = Date.UTC(1999, 11, 31)))).toMatch(
      /logs\.0\.reviewedAt/,
    )
    expect(damaged((f) => (f.states[0].fsrs.difficulty = 11))).toMatch(/states\.0\.fsrs/)
    expect(damaged((f) => (f.states[0].fsrs.lapses = f.states[0].fsrs.reps + 1))).toMatch(
      /cannot lapse more often than it was reviewed/,
    )
    expect(damaged((f) => (f.states[0].fsrs.reps = -1))).toMatch(/states\.0\.fsrs\.reps/)
    expect(damaged((f) => (f.states[0].buriedUntilDay = 1e9))).toMatch(
      /states\.0\.buriedUntilDay: is not a plausible day/,
    )
    expect(damaged((f) => (f.logs[1].after.stability = NaN))).toMatch(/logs\.1\.after/)
  })

  it('accepts the edges of what is plausible', () => {
    const file = JSON.parse(text)
    file.logs[0].durationMs = 0
    file.logs[3].reviewedAt = LATER + DAY // a device whose clock runs a day ahead
    file.states[0].fsrs.due = LATER + 36_500 * DAY // the longest interval
    expect(parseBackup(JSON.stringify(file), LATER).ok).toBe(true)
  })

  it('refuses invalid settings and duplicate records', () => {
    expect(refusal({ ...JSON.parse(text), settings: { newPerDay: -1 } })).toMatch(
      /settings are invalid \(newPerDay/,
    )
    const file = JSON.parse(text)
    file.logs.push(file.logs[0])
    expect(refusal(file)).toMatch(/appears twice in logs/)
  })

  it("carries the learner's notes and when the settings were saved", () => {
    const notes = [writeNote(id('rotation-yearly'), 'Yearly: 365 days, not 1 year', NOW)]
    const withNotes = serializeBackup(
      createBackup(data, settings, NOW, { notes, settingsChangedAt: NOW - DAY }),
    )
    const result = parseBackup(withNotes, LATER)
    expect(result.ok && result.backup.notes).toEqual(notes)
    expect(result.ok && result.backup.settingsChangedAt).toBe(NOW - DAY)
  })

  it('imports a backup made before notes: no notes, settings as old as the file', () => {
    const old = JSON.parse(text)
    delete old.notes
    delete old.settingsChangedAt
    const result = parseBackup(JSON.stringify(old), LATER)
    expect(result.ok && result.backup.notes).toEqual([])
    expect(result.ok && result.backup.settingsChangedAt).toBe(NOW)
  })

  it('refuses a note that is too long, dated in the future, or given twice', () => {
    const note = (extra: object) => ({
      ...JSON.parse(text),
      notes: [{ cardId: 'rotation-yearly', text: 'x', updatedAt: NOW, ...extra }],
    })
    expect(refusal(note({ text: 'x'.repeat(NOTE_MAX_LENGTH + 1) }))).toMatch(
      /notes\.0\.text: a note is at most 2000 characters/,
    )
    expect(refusal(note({ updatedAt: LATER + 2 * DAY }))).toMatch(/notes\.0\.updatedAt/)
    const twice = note({})
    twice.notes.push(twice.notes[0])
    expect(refusal(twice)).toMatch(/card rotation-yearly has two notes/)
  })

  it('carries the display settings, and a backup made before them imports without any', () => {
    const display = { theme: 'dark', textSize: 'largest', motion: 'reduce' } as const
    const withDisplay = parseBackup(
      serializeBackup(createBackup(data, settings, NOW, { display })),
      LATER,
    )
    expect(withDisplay.ok && withDisplay.backup.display).toEqual(display)
    const old = parseBackup(text, LATER)
    expect(old.ok).toBe(true)
    expect(old.ok && 'display' in old.backup).toBe(false)
  })

  it('refuses display settings it does not know, naming the field', () => {
    const file = {
      ...JSON.parse(text),
      display: { theme: 'dark', textSize: 'huge', motion: 'system' },
    }
    expect(refusal(file)).toMatch(/^This backup cannot be imported: display\.textSize: /)
    expect(refusal({ ...file, display: 'dark' })).toMatch(/display: /)
  })

  it('names the file by date, and a demo profile backup as such', () => {
    expect(backupFileName(Date.UTC(2026, 10, 29, 12))).toBe('keydeck-backup-2026-11-29.json')
    expect(backupFileName(Date.UTC(2026, 10, 29, 12), 'demo')).toBe(
      'keydeck-demo-backup-2026-11-29.json',
    )
  })

  it('marks a backup of the demo profile, and reads the mark back', () => {
    const demo = parseBackup(
      serializeBackup(createBackup(data, settings, NOW, { profile: 'demo' })),
      LATER,
    )
    expect(demo.ok && demo.backup.profile).toBe('demo')
    expect(refusal({ ...JSON.parse(text), profile: 'teacher' })).toMatch(/profile: /)
  })
})
