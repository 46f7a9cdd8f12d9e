import { describe, expect, it } from 'vitest'
import { ankiInterval, reviewLogToCsv } from './review-log-csv.ts'
import { DAY, id, NOW, play } from './test-support.ts'

describe('review log CSV', () => {
  it("writes Anki's revlog columns, one row per review", () => {
    const { logs } = play(id('a,b'), [
      { grade: 3, at: NOW },
      { grade: 3, at: NOW + DAY },
    ])
    const [header, first, second, end] = reviewLogToCsv(logs).split('\n')
    expect(header).toBe(
      'id,cid,usn,ease,ivl,lastIvl,factor,time,type,stability,difficulty,reviewed_at',
    )
    const cells = first!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    expect(cells[0]).toBe(String(logs[0]!.reviewedAt))
    expect(cells[1]).toBe('"a,b"')
    expect(cells[2]).toBe('-1')
    expect(cells[3]).toBe('3')
    expect(Number(cells[4])).toBe(ankiInterval(logs[0]!.after.due - logs[0]!.reviewedAt))
    expect(cells[8]).toBe('0') // a new card's first answer is a learning review
    expect(second).toBeDefined()
    expect(end).toBe('')
  })

  it('uses days, or negative seconds below a day, as Anki does', () => {
    expect(ankiInterval(10 * 60_000)).toBe(-600)
    expect(ankiInterval(3 * 86_400_000)).toBe(3)
  })
})
