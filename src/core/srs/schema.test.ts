import { createEmptyCard, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { newCardState } from './card-state.ts'
import { gradeCard } from './grade.ts'
import { migrate, parseSrsData, SCHEMA_VERSION } from './schema.ts'
import { schedulerFor } from './scheduler.ts'
import { DAY, id, MINUTE, NOW, settings } from './testing/srs-fixtures.ts'

/** When the data is read: a month after the reviews it holds. */
const LATER = NOW + 30 * DAY
import { undoReview } from './undo.ts'
import { expectSrsError } from './testing/expect-srs-error.ts'

/**
 * What a v1 app stored: ts-fsrs's own objects through JSON (ISO date strings), no flags.
 * Made with the real library, the way the first version would have saved it.
 */
function v1Export() {
  const f = schedulerFor(settings) // same parameters, fuzz on
  const answers: [FsrsGrade, number][] = [
    [Rating.Good, NOW],
    [Rating.Good, NOW + 10 * MINUTE],
    [Rating.Again, NOW + 3 * DAY],
  ]
  let card: Card = createEmptyCard(new Date(NOW))
  const logs: unknown[] = []
  answers.forEach(([grade, at], i) => {
    const item = f.next(card, new Date(at), grade)
    card = item.card
    logs.push({ id: `v1-${i}`, cardId: 'kms-1', log: item.log, card: item.card })
  })
  return JSON.parse(
    JSON.stringify({ version: 1, cards: [{ cardId: 'kms-1', card, suspended: false }], logs }),
  ) as unknown
}

describe('migrate', () => {
  it('is at version 2', () => {
    expect(SCHEMA_VERSION).toBe(2)
  })

  it('turns v1 ISO strings into epoch ms and adds flag 0 and the other v2 fields', () => {
    const data = migrate(1, v1Export(), LATER)
    expect(data.version).toBe(2)
    expect(data.states).toHaveLength(1)
    const [state] = data.states
    expect(state).toMatchObject({
      cardId: 'kms-1',
      flag: 0,
      buriedUntilDay: null,
      leech: false,
      removedFromDeck: false,
      suspended: false,
    })
    expect(typeof state?.fsrs.due).toBe('number')
    expect(state?.fsrs.last_review).toBe(NOW + 3 * DAY)
    expect(data.logs.map((l) => [l.kind, l.rating, l.reviewedAt])).toEqual([
      ['review', 3, NOW],
      ['review', 3, NOW + 10 * MINUTE],
      ['review', 1, NOW + 3 * DAY],
    ])
  })

  it('gives exactly what v2 would have stored, so undo works on migrated history', () => {
    const data = migrate(1, v1Export(), LATER)
    let state = newCardState(id('kms-1'), NOW)
    const states = [state]
    for (const [grade, at] of [
      [3, NOW],
      [3, NOW + 10 * MINUTE],
      [1, NOW + 3 * DAY],
    ] as const) {
      state = gradeCard(state, grade, at, settings).state
      states.push(state)
    }
    expect(data.states[0]).toEqual(state)
    let current = data.states[0]!
    for (const log of [...data.logs].reverse()) {
      current = undoReview(current, log)
      expect(current).toEqual(states[log.after.reps - 1])
    }
  })

  it('accepts state and rating names in v1 logs', () => {
    const raw = v1Export() as { logs: { log: { state: unknown; rating: unknown } }[] }
    const first = raw.logs[0]!
    first.log.state = 'New'
    first.log.rating = 'Good'
    expect(migrate(1, raw, LATER).logs[0]).toMatchObject({ state: 0, rating: 3 })
  })

  it('passes current data through after validating it', () => {
    const data = migrate(1, v1Export(), LATER)
    expect(migrate(2, JSON.parse(JSON.stringify(data)), LATER)).toEqual(data)
  })

  it('explains bad, unknown and future data', () => {
    const raw = v1Export() as { cards: { card: { due: unknown } }[] }
    raw.cards[0]!.card.due = 'yesterday'
    expectSrsError(() => migrate(1, raw, LATER), 'INVALID_LEARNER_DATA', {
      version: 1,
      issues: ['cards.0.card.due: not a date: yesterday'],
    })
    expectSrsError(() => migrate(3, {}, LATER), 'NEWER_DATA_VERSION', { version: 3, supported: 2 })
    expectSrsError(() => migrate(0, {}, LATER), 'UNKNOWN_DATA_VERSION', { version: 0 })
    expectSrsError(() => migrate(1.5, {}, LATER), 'UNKNOWN_DATA_VERSION', { version: 1.5 })
    const invalid = expectSrsError(
      () => parseSrsData({ version: 2, states: [{ cardId: 'x' }], logs: [] }, LATER),
      'INVALID_LEARNER_DATA',
    )
    expect(invalid.details.version).toBe(2)
    expect(invalid.details.issues[0]).toMatch(/^states\.0\.fsrs/)
    // The message stays readable: a refused backup shows it to the learner (backup.test.ts).
    expect(invalid.message).toBe(`invalid v2 learner data: ${invalid.details.issues.join('; ')}`)
  })
})
