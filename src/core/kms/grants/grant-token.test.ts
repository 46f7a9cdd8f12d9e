import { describe, expect, it } from 'vitest'
import { InvalidGrantTokenException } from '../errors.ts'
import { seededRandom } from '../testing/test-kms.ts'
import type { KeyArn } from '../types.ts'
import { newGrantToken, readGrantToken } from './grant-token.ts'

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' as KeyArn
const GRANT = 'ab'.repeat(32)

describe('grant tokens', () => {
  it('name their grant, and each one is new', () => {
    const random = seededRandom(7)
    const a = newGrantToken(random, { keyArn: KEY, grantId: GRANT })
    const b = newGrantToken(random, { keyArn: KEY, grantId: GRANT })
    expect(a).not.toBe(b)
    expect(a).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(readGrantToken(a)).toEqual({ keyArn: KEY, grantId: GRANT })
  })

  it.each(['x', 'bm9wZQ==', btoa(`keydeck-grant-token:${KEY} nothex 00`), '%%%'])(
    'refuses %s',
    (token) => {
      expect(() => readGrantToken(token)).toThrow(InvalidGrantTokenException)
    },
  )
})
