import { describe, expect, it } from 'vitest'
import type { Kms } from './index.ts'
import { createTestKms, utf8 } from './testing/test-kms.ts'

/**
 * The key state × operation table of the AWS Developer Guide (Appendix C of the reference),
 * for the states the simulator has.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
type State = 'Enabled' | 'Disabled' | 'PendingDeletion'
type Outcome = 'OK' | 'DisabledException' | 'KMSInvalidStateException'

interface Fixture {
  kms: Kms
  sym: string
  other: string
  ecc: string
  hmac: string
  ciphertext: Uint8Array
  signature: Uint8Array
  mac: Uint8Array
}

const CRYPTO: Record<State, Outcome> = {
  Enabled: 'OK',
  Disabled: 'DisabledException',
  PendingDeletion: 'KMSInvalidStateException',
}
const ALWAYS: Record<State, Outcome> = { Enabled: 'OK', Disabled: 'OK', PendingDeletion: 'OK' }
const NOT_PENDING: Record<State, Outcome> = {
  Enabled: 'OK',
  Disabled: 'OK',
  PendingDeletion: 'KMSInvalidStateException',
}
const ONLY_PENDING: Record<State, Outcome> = {
  Enabled: 'KMSInvalidStateException',
  Disabled: 'KMSInvalidStateException',
  PendingDeletion: 'OK',
}

const rows: [string, Record<State, Outcome>, (f: Fixture) => Promise<unknown>][] = [
  ['Encrypt', CRYPTO, (f) => f.kms.call('Encrypt', { KeyId: f.sym, Plaintext: utf8('x') })],
  ['Decrypt', CRYPTO, (f) => f.kms.call('Decrypt', { CiphertextBlob: f.ciphertext })],
  [
    'ReEncrypt',
    CRYPTO,
    (f) => f.kms.call('ReEncrypt', { CiphertextBlob: f.ciphertext, DestinationKeyId: f.other }),
  ],
  [
    'ReEncrypt (to)',
    CRYPTO,
    (f) =>
      f.kms.call('ReEncrypt', {
        CiphertextBlob: f.ciphertext,
        DestinationKeyId: f.sym,
        SourceKeyId: f.sym,
      }),
  ],
  [
    'GenerateDataKey',
    CRYPTO,
    (f) => f.kms.call('GenerateDataKey', { KeyId: f.sym, NumberOfBytes: 16 }),
  ],
  [
    'GenerateDataKeyWithoutPlaintext',
    CRYPTO,
    (f) => f.kms.call('GenerateDataKeyWithoutPlaintext', { KeyId: f.sym, NumberOfBytes: 16 }),
  ],
  [
    'GenerateDataKeyPair',
    CRYPTO,
    (f) => f.kms.call('GenerateDataKeyPair', { KeyId: f.sym, KeyPairSpec: 'ECC_NIST_P256' }),
  ],
  [
    'GenerateDataKeyPairWithoutPlaintext',
    CRYPTO,
    (f) =>
      f.kms.call('GenerateDataKeyPairWithoutPlaintext', {
        KeyId: f.sym,
        KeyPairSpec: 'ECC_NIST_P256',
      }),
  ],
  [
    'Sign',
    CRYPTO,
    (f) =>
      f.kms.call('Sign', { KeyId: f.ecc, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }),
  ],
  [
    'Verify',
    CRYPTO,
    (f) =>
      f.kms.call('Verify', {
        KeyId: f.ecc,
        Message: utf8('m'),
        Signature: f.signature,
        SigningAlgorithm: 'ECDSA_SHA_256',
      }),
  ],
  ['GetPublicKey', CRYPTO, (f) => f.kms.call('GetPublicKey', { KeyId: f.ecc })],
  [
    'GenerateMac',
    CRYPTO,
    (f) =>
      f.kms.call('GenerateMac', {
        KeyId: f.hmac,
        Message: utf8('m'),
        MacAlgorithm: 'HMAC_SHA_256',
      }),
  ],
  [
    'VerifyMac',
    CRYPTO,
    (f) =>
      f.kms.call('VerifyMac', {
        KeyId: f.hmac,
        Message: utf8('m'),
        Mac: f.mac,
        MacAlgorithm: 'HMAC_SHA_256',
      }),
  ],
  ['EnableKeyRotation', CRYPTO, (f) => f.kms.call('EnableKeyRotation', { KeyId: f.sym })],
  ['DisableKeyRotation', CRYPTO, (f) => f.kms.call('DisableKeyRotation', { KeyId: f.sym })],
  ['RotateKeyOnDemand', CRYPTO, (f) => f.kms.call('RotateKeyOnDemand', { KeyId: f.sym })],
  ['DescribeKey', ALWAYS, (f) => f.kms.call('DescribeKey', { KeyId: f.sym })],
  ['GetKeyPolicy', ALWAYS, (f) => f.kms.call('GetKeyPolicy', { KeyId: f.sym })],
  ['ListKeyPolicies', ALWAYS, (f) => f.kms.call('ListKeyPolicies', { KeyId: f.sym })],
  ['ListResourceTags', ALWAYS, (f) => f.kms.call('ListResourceTags', { KeyId: f.sym })],
  ['GetKeyRotationStatus', ALWAYS, (f) => f.kms.call('GetKeyRotationStatus', { KeyId: f.sym })],
  ['ListKeyRotations', ALWAYS, (f) => f.kms.call('ListKeyRotations', { KeyId: f.sym })],
  ['ListAliases', ALWAYS, (f) => f.kms.call('ListAliases', { KeyId: f.sym })],
  ['DeleteAlias', ALWAYS, (f) => f.kms.call('DeleteAlias', { AliasName: 'alias/sym' })],
  [
    'UpdateAlias (away)',
    ALWAYS,
    (f) => f.kms.call('UpdateAlias', { AliasName: 'alias/sym', TargetKeyId: f.other }),
  ],
  [
    'PutKeyPolicy',
    ALWAYS,
    async (f) =>
      f.kms.call('PutKeyPolicy', {
        KeyId: f.sym,
        Policy: (await f.kms.call('GetKeyPolicy', { KeyId: f.sym })).Policy,
      }),
  ],
  ['EnableKey', NOT_PENDING, (f) => f.kms.call('EnableKey', { KeyId: f.sym })],
  ['DisableKey', NOT_PENDING, (f) => f.kms.call('DisableKey', { KeyId: f.sym })],
  ['ScheduleKeyDeletion', NOT_PENDING, (f) => f.kms.call('ScheduleKeyDeletion', { KeyId: f.sym })],
  [
    'CreateAlias',
    NOT_PENDING,
    (f) => f.kms.call('CreateAlias', { AliasName: 'alias/new', TargetKeyId: f.sym }),
  ],
  [
    'UpdateAlias (to)',
    NOT_PENDING,
    (f) => f.kms.call('UpdateAlias', { AliasName: 'alias/other', TargetKeyId: f.sym }),
  ],
  [
    'TagResource',
    NOT_PENDING,
    (f) => f.kms.call('TagResource', { KeyId: f.sym, Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
  ],
  [
    'UntagResource',
    NOT_PENDING,
    (f) => f.kms.call('UntagResource', { KeyId: f.sym, TagKeys: ['a'] }),
  ],
  [
    'UpdateKeyDescription',
    NOT_PENDING,
    (f) => f.kms.call('UpdateKeyDescription', { KeyId: f.sym, Description: 'd' }),
  ],
  ['CancelKeyDeletion', ONLY_PENDING, (f) => f.kms.call('CancelKeyDeletion', { KeyId: f.sym })],
]

async function fixture(state: State): Promise<Fixture> {
  const { kms } = createTestKms()
  const create = async (input: Parameters<Kms['call']>[1] & object) =>
    (await kms.call('CreateKey', input)).KeyMetadata.KeyId
  const sym = await create({})
  const other = await create({})
  const ecc = await create({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })
  const hmac = await create({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })
  await kms.call('CreateAlias', { AliasName: 'alias/sym', TargetKeyId: sym })
  await kms.call('CreateAlias', { AliasName: 'alias/other', TargetKeyId: other })
  const { CiphertextBlob: ciphertext } = await kms.call('Encrypt', {
    KeyId: sym,
    Plaintext: utf8('x'),
  })
  const { Signature: signature } = await kms.call('Sign', {
    KeyId: ecc,
    Message: utf8('m'),
    SigningAlgorithm: 'ECDSA_SHA_256',
  })
  const { Mac: mac } = await kms.call('GenerateMac', {
    KeyId: hmac,
    Message: utf8('m'),
    MacAlgorithm: 'HMAC_SHA_256',
  })
  for (const KeyId of [sym, ecc, hmac]) {
    if (state === 'Disabled') await kms.call('DisableKey', { KeyId })
    if (state === 'PendingDeletion') await kms.call('ScheduleKeyDeletion', { KeyId })
  }
  return { kms, sym, other, ecc, hmac, ciphertext, signature, mac }
}

describe.each<State>(['Enabled', 'Disabled', 'PendingDeletion'])('a key that is %s', (state) => {
  it.each(rows)('%s', async (_name, outcomes, call) => {
    const f = await fixture(state)
    const expected = outcomes[state]
    const result = await call(f).then(
      () => 'OK',
      (e: Error) => e.name,
    )
    expect(result).toBe(expected)
  })
})
