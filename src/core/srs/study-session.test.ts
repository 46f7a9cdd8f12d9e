import { describe, expect, it } from 'vitest'
import { newCardState, sameCardState } from './card-state.ts'
import { afterCramAnswer } from './cram-session.ts'
import { customStudyOf } from './custom-study.ts'
import { gradeCard } from './grade.ts'
import { noticeAfterAnswer } from './study-notice.ts'
import { beginCustomStudy, scheduleSession, type SessionData } from './study-session.ts'
import { DAY, id, NOW, OFFSET, reviewCard, settings, stateMap } from './testing/srs-fixtures.ts'

const deck = ['a', 'b', 'c'].map(id)
const data: SessionData = {
  cardIds: deck,
  states: stateMap([reviewCard(id('b'), NOW - DAY, 3)]),
  logs: [],
  settings,
  utcOffsetMinutes: OFFSET,
  custom: undefined,
}

describe('the study session', () => {
  it("shows the queue's first card, or keeps the one on screen while it is queued", () => {
    const view = scheduleSession(data, NOW)
    expect(view.current).toEqual({ cardId: 'b', kind: 'review', shownAt: NOW })
    expect(scheduleSession(data, NOW, id('c')).current?.cardId).toBe('c')
    expect(scheduleSession(data, NOW, id('gone')).current?.cardId).toBe('b')
    expect(view.nextDue).toBeUndefined()
  })

  it('says when the next cards come once nothing is left', () => {
    const view = scheduleSession(
      { ...data, cardIds: [id('b')], states: stateMap([reviewCard(id('b'), NOW + 3 * DAY, 3)]) },
      NOW,
    )
    expect(view.current).toBeUndefined()
    expect(view.nextDue?.next?.inDays).toBe(3)
  })

  it('a cram session moves on after every answer and ends (it never shows one card forever)', () => {
    const { label, study } = customStudyOf('cram', '', [])
    let custom = beginCustomStudy(data, label, study, NOW)
    const shown: string[] = []
    for (let now = NOW; ; now += 60_000) {
      const view = scheduleSession({ ...data, custom }, now)
      expect(view.queue.isCram).toBe(true)
      if (!view.current) break
      shown.push(view.current.cardId)
      custom = { ...custom, cram: afterCramAnswer(custom.cram!, view.current.cardId, 3) }
    }
    expect(shown).toEqual(['b', 'a', 'c'])
    // The schedule is untouched: the states are the ones the session began with.
    expect(sameCardState(data.states.get(id('b')), reviewCard(id('b'), NOW - DAY, 3))).toBe(true)
  })

  it('names the card that became a leech', () => {
    let state = reviewCard(id('a'), NOW, 3, {
      fsrs: { ...reviewCard(id('a'), NOW, 3).fsrs, lapses: 7 },
    })
    const result = gradeCard(state, 1, NOW, { ...settings, leechAction: 'suspend' })
    state = result.state
    expect(noticeAfterAnswer(state, result.log)).toEqual({
      kind: 'leech',
      cardId: 'a',
      lapses: 8,
      suspended: true,
    })
    const ordinary = gradeCard(newCardState(id('c'), NOW), 3, NOW, settings)
    expect(noticeAfterAnswer(ordinary.state, ordinary.log)).toBeUndefined()
  })
})
