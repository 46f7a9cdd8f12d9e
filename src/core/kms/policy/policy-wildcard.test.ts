import { describe, expect, it } from 'vitest'
import { wildcardMatch } from './policy-wildcard.ts'

describe('wildcardMatch', () => {
  it.each([
    ['*', 'anything', false, true],
    ['kms:*', 'kms:Decrypt', false, true],
    ['kms:Generate*', 'kms:GenerateDataKeyPair', false, true],
    ['kms:Generate*', 'kms:Decrypt', false, false],
    ['kms:*Key', 'kms:CreateKey', false, true],
    ['kms:?ncrypt', 'kms:Encrypt', false, true],
    ['kms:?ncrypt', 'kms:ReEncrypt', false, false],
    ['kms:decrypt', 'kms:Decrypt', true, true],
    ['kms:decrypt', 'kms:Decrypt', false, false],
    ['KMS:GENERATE*', 'kms:GenerateMac', true, true],
    ['arn:aws:kms:*:111122223333:key/*', 'arn:aws:kms:us-east-1:111122223333:key/abc', false, true],
    [
      'arn:aws:kms:*:111122223333:key/*',
      'arn:aws:kms:us-east-1:444455556666:key/abc',
      false,
      false,
    ],
    // regex metacharacters in the pattern are literal
    ['a.b', 'axb', false, false],
    ['a+b(c)', 'a+b(c)', false, true],
    ['*', '', false, true],
    ['a*', 'a\nb', false, true],
  ])('%s vs %s (ignoreCase %s) → %s', (pattern, value, ignoreCase, expected) => {
    expect(wildcardMatch(pattern, value, ignoreCase)).toBe(expected)
  })
})
