import { describe, expect, it } from 'vitest'
import { newCardState } from './card-state.ts'
import { answerWrite, applyWrite, editWrite, undoWrite, type UndoStep } from './card-write.ts'
import { dayNumber } from './day.ts'
import { gradeCard, gradeCram } from './grade.ts'
import { DAY, id, NOW, OFFSET, settings } from './testing/srs-fixtures.ts'
import { expectSrsError } from './testing/expect-srs-error.ts'

const card = id('kms-purpose')
const today = dayNumber(NOW, settings.dayStartHour, OFFSET)
const empty = { states: new Map(), logs: [] }

describe('card writes', () => {
  it('an answer writes the graded state and appends its log entry; undo takes both back', () => {
    const result = gradeCard(newCardState(card, NOW), 3, NOW, settings)
    const write = answerWrite(undefined, result, false)
    expect(write).toEqual({
      cardId: card,
      seen: undefined,
      next: result.state,
      appendLog: result.log,
    })
    const after = applyWrite(empty, write)
    expect(after.states.get(card)).toEqual(result.state)
    expect(after.logs).toEqual([result.log])

    const step: UndoStep = { kind: 'answer', log: result.log, before: undefined }
    const back = undoWrite(step, result.state)
    // The card had no record before its answer, and was not marked since: it has none again.
    expect(back).toEqual({
      cardId: card,
      seen: result.state,
      next: undefined,
      removeLogId: result.log.id,
    })
    expect(applyWrite(after, back)).toEqual(empty)
  })

  it('a cram answer writes only its log entry, and the card stays as it was', () => {
    const seen = gradeCard(newCardState(card, NOW - DAY), 3, NOW - DAY, settings).state
    const { log } = gradeCram(seen, 1, NOW, settings)
    expect(answerWrite(seen, { state: seen, log }, true)).toEqual({
      cardId: card,
      seen,
      next: seen,
      appendLog: log,
    })
  })

  it('an edit writes the edited card; undo restores the card as it was', () => {
    const seen = gradeCard(newCardState(card, NOW), 3, NOW, settings).state
    const write = editWrite(card, seen, { kind: 'bury', today }, NOW)
    expect(write.next).toMatchObject({ buriedUntilDay: today + 1 })
    const step: UndoStep = { kind: 'edit', edit: 'bury', before: seen, after: write.next! }
    expect(undoWrite(step, write.next)).toEqual({ cardId: card, seen: write.next, next: seen })
  })

  it('an edit of a card that had no record creates one; undo removes it again', () => {
    const write = editWrite(card, undefined, { kind: 'flag', flag: 2 }, NOW)
    expect(write.next).toMatchObject({ cardId: card, flag: 2, fsrs: { reps: 0 } })
    const step: UndoStep = { kind: 'edit', edit: 'flag', before: undefined, after: write.next! }
    expect(undoWrite(step, write.next).next).toBeUndefined()
  })

  it('refuses to undo an edit when the card changed since (another tab answered it)', () => {
    const write = editWrite(card, undefined, { kind: 'suspend' }, NOW)
    const step: UndoStep = { kind: 'edit', edit: 'suspend', before: undefined, after: write.next! }
    const answeredElsewhere = gradeCard(write.next!, 3, NOW + 1000, settings).state
    expectSrsError(() => undoWrite(step, answeredElsewhere), 'UNDO_NOT_LATEST', { cardId: card })
  })

  it('refuses to undo an answer when another tab answered the card since', () => {
    const first = gradeCard(newCardState(card, NOW), 3, NOW, settings)
    const second = gradeCard(first.state, 3, NOW + 600_000, settings)
    const step: UndoStep = { kind: 'answer', log: first.log, before: undefined }
    expectSrsError(() => undoWrite(step, second.state), 'UNDO_NOT_LATEST', {
      logId: first.log.id,
      cardId: card,
    })
  })
})
