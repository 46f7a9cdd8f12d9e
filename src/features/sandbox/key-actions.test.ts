import { describe, expect, it } from 'vitest'
import { keyActionsOf } from './key-actions.tsx'

describe('the actions a key page offers', () => {
  it.each([
    [
      'SYMMETRIC_DEFAULT',
      'ENCRYPT_DECRYPT',
      ['encrypt', 're-encrypt', 'data-key', 'data-key-pair'],
    ],
    ['RSA_2048', 'ENCRYPT_DECRYPT', ['encrypt', 'public-key']],
    ['RSA_4096', 'SIGN_VERIFY', ['sign', 'public-key']],
    ['ECC_NIST_P256', 'SIGN_VERIFY', ['sign', 'public-key']],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', ['mac']],
    ['ECC_NIST_P384', 'KEY_AGREEMENT', ['agreement', 'public-key']],
  ] as const)('%s with usage %s: %j', (KeySpec, KeyUsage, actions) => {
    expect(keyActionsOf({ KeySpec, KeyUsage })).toEqual(actions)
  })
})
