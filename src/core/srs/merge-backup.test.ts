import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CardId } from '../deck/card.ts'
import { applyCardEdit, type CardEdit } from './card-actions.ts'
import { writeNote, type CardNote } from './card-note.ts'
import { newCardState, type CardSrsState, type DayNumber, type Flag } from './card-state.ts'
import { gradeCard, gradeCram } from './grade.ts'
import { mergeLearnerData, type LearnerData } from './merge-backup.ts'
import type { Grade, ReviewLogEntry } from './review-log.ts'
import { SCHEMA_VERSION } from './schema.ts'
import { DEFAULT_SETTINGS, type SrsSettings } from './settings.ts'
import { DAY, HOUR, id, NOW } from './testing/srs-fixtures.ts'

const cards = [id('a'), id('b'), id('c')]
const lowLeech: SrsSettings = { ...DEFAULT_SETTINGS, leechThreshold: 2, leechAction: 'suspend' }

type Action =
  | { readonly do: 'answer'; readonly grade: Grade; readonly cram: boolean }
  | { readonly do: 'edit'; readonly edit: 'bury' | 'suspend' | 'unsuspend' | 'flag' }
  | { readonly do: 'note'; readonly text: string }

interface Step {
  readonly card: number
  readonly gap: number
  readonly action: Action
  readonly flag: Flag
}

const step: fc.Arbitrary<Step> = fc.record({
  card: fc.integer({ min: 0, max: cards.length - 1 }),
  gap: fc.integer({ min: 1, max: 20 * DAY }),
  flag: fc.constantFrom<Flag>(0, 1, 2, 3, 7),
  action: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        do: fc.constant('answer' as const),
        grade: fc.constantFrom<Grade>(1, 2, 3, 4),
        cram: fc.boolean(),
      }),
    },
    fc.record({
      do: fc.constant('edit' as const),
      edit: fc.constantFrom(
        'bury' as const,
        'suspend' as const,
        'unsuspend' as const,
        'flag' as const,
      ),
    }),
    fc.record({
      do: fc.constant('note' as const),
      text: fc.constantFrom('', 'KMS: 4 KB', 'alias/'),
    }),
  ),
})

/** A device: studies from `from` (a shared history, if any), the way the app writes its data. */
function study(steps: readonly Step[], start: number, from?: LearnerData): LearnerData {
  const states = new Map<CardId, CardSrsState>((from?.data.states ?? []).map((s) => [s.cardId, s]))
  const logs: ReviewLogEntry[] = [...(from?.data.logs ?? [])]
  const notes = new Map<CardId, CardNote>((from?.notes ?? []).map((n) => [n.cardId, n]))
  let t = start
  for (const s of steps) {
    t += s.gap
    const cardId = cards[s.card]!
    const state = states.get(cardId) ?? newCardState(cardId, t)
    const { action } = s
    if (action.do === 'answer') {
      if (action.cram) logs.push(gradeCram(state, action.grade, t, lowLeech).log)
      else {
        const result = gradeCard(state, action.grade, t, lowLeech)
        states.set(cardId, result.state)
        logs.push(result.log)
      }
    } else if (action.do === 'edit') {
      const edit: CardEdit =
        action.edit === 'flag'
          ? { kind: 'flag', flag: s.flag }
          : action.edit === 'bury'
            ? { kind: 'bury', today: Math.floor(t / DAY) as DayNumber }
            : { kind: action.edit }
      states.set(cardId, applyCardEdit(state, edit))
    } else {
      notes.set(cardId, writeNote(cardId, action.text, t))
    }
  }
  return {
    data: { version: SCHEMA_VERSION, states: [...states.values()], logs },
    settings: from?.settings ?? DEFAULT_SETTINGS,
    settingsChangedAt: from?.settingsChangedAt ?? 0,
    notes: [...notes.values()],
  }
}

const steps = fc.array(step, { maxLength: 25 })

/** Two devices: a shared history (one imported the other's backup), then each studies alone. */
const twoDevices = fc
  .record({
    shared: steps,
    a: steps,
    b: steps,
    newPerDay: fc.integer({ min: 1, max: 50 }),
    aSavedAt: fc.constantFrom(0, NOW + HOUR, NOW + 2 * HOUR),
    bSavedAt: fc.constantFrom(0, NOW + HOUR, NOW + 3 * HOUR),
  })
  .map(({ shared, a, b, newPerDay, aSavedAt, bSavedAt }) => {
    const common = study(shared, NOW)
    const last = common.data.logs.at(-1)?.reviewedAt ?? NOW
    // The devices' clocks never meet to the millisecond: B studies 1 ms off A.
    const deviceA = study(a, last + 1000, common)
    const deviceB = study(b, last + 1001, common)
    return {
      a: { ...deviceA, settingsChangedAt: aSavedAt },
      b: {
        ...deviceB,
        settings: { ...DEFAULT_SETTINGS, newPerDay },
        settingsChangedAt: bSavedAt,
      },
    }
  })

describe('mergeLearnerData', () => {
  it('is symmetric: A into B gives what B into A gives (property)', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        expect(mergeLearnerData(a, b)).toEqual(mergeLearnerData(b, a))
      }),
      { seed: 3, numRuns: 150 },
    )
  })

  it('changes nothing when the same file is merged again (property)', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        const once = mergeLearnerData(b, a)
        expect(mergeLearnerData(once, a)).toEqual(once)
        expect(mergeLearnerData(once, b)).toEqual(once)
      }),
      { seed: 5, numRuns: 150 },
    )
  })

  it('keeps every review of both sides, once, oldest first (property)', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        const merged = mergeLearnerData(a, b).data.logs
        const ids = new Set([...a.data.logs, ...b.data.logs].map((l) => l.id))
        expect(merged.map((l) => l.id).sort()).toEqual([...ids].sort())
        const times = merged.map((l) => l.reviewedAt)
        expect(times).toEqual([...times].sort((x, y) => x - y))
      }),
      { seed: 9, numRuns: 100 },
    )
  })

  it('gives each answered card the FSRS state of its latest answer on either side', () => {
    const common = study([], NOW)
    const a = study(
      [{ card: 0, gap: HOUR, flag: 0, action: { do: 'answer', grade: 3, cram: false } }],
      NOW,
      common,
    )
    const b = study(
      [
        { card: 0, gap: 2 * HOUR, flag: 0, action: { do: 'answer', grade: 1, cram: false } },
        { card: 1, gap: HOUR, flag: 0, action: { do: 'answer', grade: 4, cram: false } },
      ],
      NOW,
      common,
    )
    const merged = mergeLearnerData(a, b)
    expect(merged.data.logs).toHaveLength(3)
    const [stateA, stateB] = merged.data.states
    expect(stateA?.fsrs).toEqual(b.data.logs[0]!.after) // B answered card a later than A
    expect(stateB?.fsrs).toEqual(b.data.states.find((s) => s.cardId === id('b'))!.fsrs)
  })

  it('keeps suspend and the leech tag from either side, the later bury and the higher flag', () => {
    const card = (extra: Partial<CardSrsState>) => ({ ...newCardState(id('a'), NOW), ...extra })
    const side = (state: CardSrsState): LearnerData => ({
      data: { version: SCHEMA_VERSION, states: [state], logs: [] },
      settings: DEFAULT_SETTINGS,
      settingsChangedAt: 0,
      notes: [],
    })
    const merge = (x: Partial<CardSrsState>, y: Partial<CardSrsState>) =>
      mergeLearnerData(side(card(x)), side(card(y))).data.states[0]
    expect(merge({ suspended: true }, { flag: 2 })).toMatchObject({ suspended: true, flag: 2 })
    expect(merge({ flag: 5 }, { flag: 2 })?.flag).toBe(5)
    expect(merge({ leech: true }, {})?.leech).toBe(true)
    expect(
      merge({ buriedUntilDay: 10 as DayNumber }, { buriedUntilDay: 12 as DayNumber })
        ?.buriedUntilDay,
    ).toBe(12)
    expect(
      merge({ buriedUntilDay: 10 as DayNumber }, { buriedUntilDay: null })?.buriedUntilDay,
    ).toBe(10)
    // Never buried and suspended at once.
    expect(merge({ buriedUntilDay: 10 as DayNumber }, { suspended: true })).toMatchObject({
      suspended: true,
      buriedUntilDay: null,
    })
  })

  it('takes the settings saved later, and the note written later (a cleared note too)', () => {
    const side = (newPerDay: number, savedAt: number, notes: CardNote[]): LearnerData => ({
      data: { version: SCHEMA_VERSION, states: [], logs: [] },
      settings: { ...DEFAULT_SETTINGS, newPerDay },
      settingsChangedAt: savedAt,
      notes,
    })
    const older = side(5, NOW, [writeNote(id('a'), 'old', NOW), writeNote(id('b'), 'kept', NOW)])
    const newer = side(9, NOW + HOUR, [writeNote(id('a'), '', NOW + HOUR)])
    const merged = mergeLearnerData(older, newer)
    expect(merged.settings.newPerDay).toBe(9)
    expect(merged.settingsChangedAt).toBe(NOW + HOUR)
    expect(merged.notes).toEqual([
      writeNote(id('a'), '', NOW + HOUR),
      writeNote(id('b'), 'kept', NOW),
    ])
  })

  it('picks the same entry either way when one review id holds two different entries', () => {
    const one = study(
      [{ card: 0, gap: HOUR, flag: 0, action: { do: 'answer', grade: 3, cram: false } }],
      NOW,
    )
    const log = one.data.logs[0]!
    const edited: LearnerData = {
      ...one,
      data: { ...one.data, logs: [{ ...log, durationMs: 1234 }] },
    }
    expect(mergeLearnerData(one, edited)).toEqual(mergeLearnerData(edited, one))
  })

  it('brings back an answer undone on one side while the other still has it (documented)', () => {
    const answered = study(
      [{ card: 0, gap: HOUR, flag: 0, action: { do: 'answer', grade: 3, cram: false } }],
      NOW,
    )
    // The other device had imported that answer, then undid it: no log, the card new again.
    const undone: LearnerData = { ...answered, data: { ...answered.data, states: [], logs: [] } }
    const merged = mergeLearnerData(undone, answered)
    expect(merged.data.logs).toEqual(answered.data.logs)
    expect(merged.data.states).toEqual(answered.data.states)
  })
})
