import { describe, expect, it } from 'vitest'
import { ankiInterval, csvField, reviewLogToCsv } from './review-log-csv.ts'
import { DAY, id, NOW, play } from './testing/srs-fixtures.ts'

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
    expect(cells[4]).toBe('-600') // Good on a new card: the 10-minute learning step
    expect(cells[5]).toBe('0') // no interval before the first answer
    expect(cells[11]).toBe(new Date(NOW).toISOString())
    expect(cells[8]).toBe('0') // a new card's first answer is a learning review
    expect(second).toBeDefined()
    expect(end).toBe('')
  })

  it("maps entry kinds and states to Anki's type, and caps the answer time at 60 s", () => {
    const { logs } = play(id('a'), [{ grade: 3, at: NOW }])
    const base = logs[0]!
    const rows = reviewLogToCsv([
      { ...base, durationMs: 90_000 },
      { ...base, state: 2 },
      { ...base, state: 3 },
      { ...base, kind: 'cram' },
      { ...base, kind: 'manual', rating: 0 },
    ])
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(','))
    expect(rows.map((cells) => cells[8])).toEqual(['0', '1', '2', '3', '4'])
    expect(rows[0]![7]).toBe('60000')
    expect(rows[4]![3]).toBe('0')
  })

  it('uses days, or negative seconds below a day, as Anki does', () => {
    expect(ankiInterval(10 * 60_000)).toBe(-600)
    expect(ankiInterval(3 * 86_400_000)).toBe(3)
  })

  it('writes a card id that a spreadsheet would run as a formula as text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const { logs } = play(id(`${start}HYPERLINK("https://evil.example")`), [
        { grade: 3, at: NOW },
      ])
      const cell = reviewLogToCsv(logs)
        .split('\n')[1]!
        .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[1]!
      // Quoted (the id holds quotes), and the first character inside is the apostrophe.
      expect(cell.startsWith(`"'${start}`)).toBe(true)
    }
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-1+2')).toBe("'-1+2")
    expect(csvField('plain-id')).toBe('plain-id')
  })

  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvField(-600)).toBe('-600')
    expect(csvField('-0.5000')).toBe('-0.5000')
    expect(csvField(3)).toBe('3')
  })
})
