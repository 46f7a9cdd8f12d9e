import { describe, expect, it } from 'vitest'
import { isSrsError, SrsError } from './srs-error.ts'

describe('SrsError', () => {
  const error = new SrsError('UNDO_NOT_LATEST', 'log r1 is not the latest answer of card a', {
    logId: 'r1',
    cardId: 'a',
  })

  it('is an Error named SrsError with a code, details and the readable message', () => {
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('SrsError')
    expect(error.code).toBe('UNDO_NOT_LATEST')
    expect(error.details).toEqual({ logId: 'r1', cardId: 'a' })
    expect(String(error)).toBe('SrsError: log r1 is not the latest answer of card a')
  })

  it('is recognised by code, so a caller can tell one failure from another', () => {
    expect(isSrsError(error)).toBe(true)
    expect(isSrsError(error, 'UNDO_NOT_LATEST')).toBe(true)
    expect(isSrsError(error, 'UNDO_WRONG_CARD')).toBe(false)
    const plain = Object.assign(new Error('x'), { code: 'UNDO_NOT_LATEST' })
    expect(isSrsError(plain, 'UNDO_NOT_LATEST')).toBe(false)
    expect(isSrsError(undefined)).toBe(false)
  })
})
