import { describe, expect, it } from 'vitest'
import { describeQuery } from './describe-query.ts'

describe('describeQuery', () => {
  it('says every card without a search', () => {
    expect(describeQuery({ text: ' ', tags: [] })).toBe('Every card')
  })

  it('names every tag (all required) and the search text', () => {
    expect(describeQuery({ text: '', tags: ['rotation'] })).toBe('Cards tagged #rotation')
    expect(describeQuery({ text: 'key', tags: ['a', 'b', 'c'] })).toBe(
      'Cards tagged #a, #b and #c matching “key”',
    )
    expect(describeQuery({ text: 'is:new', tags: [] })).toBe('Cards matching “is:new”')
  })
})
