// Key state transitions and the Appendix C errors of the key-state table.
// https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
import {
  DisabledException,
  KMSInvalidStateException,
  NotFoundException,
  type KMS,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DAY_MS,
  T0,
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  utf8,
  type Sim,
} from './harness.ts'

/** Every cryptographic operation a symmetric key supports, given a blob made while it was enabled. */
function cryptoCalls(
  sdk: KMS,
  keyId: string,
  blob: Uint8Array,
): [string, () => Promise<unknown>][] {
  return [
    ['Encrypt', () => sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x') })],
    ['Decrypt', () => sdk.decrypt({ CiphertextBlob: blob })],
    ['GenerateDataKey', () => sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' })],
    [
      'GenerateDataKeyWithoutPlaintext',
      () => sdk.generateDataKeyWithoutPlaintext({ KeyId: keyId, NumberOfBytes: 16 }),
    ],
    ['ReEncrypt', () => sdk.reEncrypt({ CiphertextBlob: blob, DestinationKeyId: keyId })],
  ]
}

describe('Disabled', () => {
  let sim: Sim
  let keyId: string
  let arn: string
  let blob: Uint8Array

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
    arn = keyArn(keyId)
    blob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('hi') })).CiphertextBlob!
    await sim.sdk.disableKey({ KeyId: keyId })
  })

  it('reports Disabled and Enabled=false', async () => {
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta?.KeyState).toBe('Disabled')
    expect(meta?.Enabled).toBe(false)
  })

  it('refuses every cryptographic operation with DisabledException "<arn> is disabled."', async () => {
    for (const [, call] of cryptoCalls(sim.sdk, keyId, blob)) {
      await expectKmsError(call(), DisabledException, `${arn} is disabled.`)
    }
  })

  it('refuses Enable/DisableKeyRotation and RotateKeyOnDemand with DisabledException', async () => {
    await expectKmsError(sim.sdk.enableKeyRotation({ KeyId: keyId }), DisabledException)
    await expectKmsError(sim.sdk.disableKeyRotation({ KeyId: keyId }), DisabledException)
    await expectKmsError(sim.sdk.rotateKeyOnDemand({ KeyId: keyId }), DisabledException)
  })

  it('still allows management operations', async () => {
    await sim.sdk.describeKey({ KeyId: keyId })
    await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    await sim.sdk.createAlias({ AliasName: 'alias/disabled-ok', TargetKeyId: keyId })
    await sim.sdk.deleteAlias({ AliasName: 'alias/disabled-ok' })
    await sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] })
    await sim.sdk.untagResource({ KeyId: keyId, TagKeys: ['k'] })
    await sim.sdk.updateKeyDescription({ KeyId: keyId, Description: 'still manageable' })
    const policy = await sim.sdk.getKeyPolicy({ KeyId: keyId })
    await sim.sdk.putKeyPolicy({ KeyId: keyId, Policy: policy.Policy! })
    await sim.sdk.listKeyPolicies({ KeyId: keyId })
    await sim.sdk.listResourceTags({ KeyId: keyId })
  })

  it('is idempotent: disabling twice and enabling twice both succeed', async () => {
    await sim.sdk.disableKey({ KeyId: keyId })
    await sim.sdk.enableKey({ KeyId: keyId })
    await sim.sdk.enableKey({ KeyId: keyId })
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta).toMatchObject({ KeyState: 'Enabled', Enabled: true })
    const out = await sim.sdk.decrypt({ CiphertextBlob: blob })
    expect(new TextDecoder().decode(out.Plaintext)).toBe('hi')
    await sim.sdk.disableKey({ KeyId: keyId })
  })
})

describe('PendingDeletion', () => {
  let sim: Sim
  let keyId: string
  let arn: string
  let blob: Uint8Array

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
    arn = keyArn(keyId)
    blob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('hi') })).CiphertextBlob!
    await sim.sdk.enableKeyRotation({ KeyId: keyId })
    await sim.sdk.createAlias({ AliasName: 'alias/doomed', TargetKeyId: keyId })
  })

  it('validates the 7-30 day window', async () => {
    for (const days of [0, 6, 31, 365]) {
      await expectKmsError(
        sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: days }),
        'ValidationException',
      )
    }
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata?.KeyState).toBe('Enabled')
  })

  it('schedules deletion for 30 days by default and answers with the key ARN', async () => {
    const out = await sim.sdk.scheduleKeyDeletion({ KeyId: keyId })
    expect(out).toMatchObject({ KeyId: arn, KeyState: 'PendingDeletion', PendingWindowInDays: 30 })
    expect(out.DeletionDate).toEqual(new Date(T0 + 30 * DAY_MS))
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false })
    expect(meta?.DeletionDate).toEqual(new Date(T0 + 30 * DAY_MS))
  })

  it('refuses cryptographic operations with KMSInvalidStateException "<arn> is pending deletion."', async () => {
    for (const [, call] of cryptoCalls(sim.sdk, keyId, blob)) {
      await expectKmsError(call(), KMSInvalidStateException, `${arn} is pending deletion.`)
    }
  })

  it('refuses state-changing management operations with KMSInvalidStateException', async () => {
    const calls: (() => Promise<unknown>)[] = [
      () => sim.sdk.enableKey({ KeyId: keyId }),
      () => sim.sdk.disableKey({ KeyId: keyId }),
      () => sim.sdk.createAlias({ AliasName: 'alias/too-late', TargetKeyId: keyId }),
      () => sim.sdk.tagResource({ KeyId: keyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] }),
      () => sim.sdk.untagResource({ KeyId: keyId, TagKeys: ['k'] }),
      () => sim.sdk.updateKeyDescription({ KeyId: keyId, Description: 'x' }),
      () => sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 }),
      () => sim.sdk.enableKeyRotation({ KeyId: keyId }),
      () => sim.sdk.rotateKeyOnDemand({ KeyId: keyId }),
    ]
    for (const call of calls) await expectKmsError(call(), KMSInvalidStateException)
  })

  it('still allows describe, policy, listing and alias deletion', async () => {
    await sim.sdk.describeKey({ KeyId: keyId })
    const policy = await sim.sdk.getKeyPolicy({ KeyId: keyId })
    await sim.sdk.putKeyPolicy({ KeyId: keyId, Policy: policy.Policy! })
    await sim.sdk.listKeyPolicies({ KeyId: keyId })
    await sim.sdk.listResourceTags({ KeyId: keyId })
    const aliases = await sim.sdk.listAliases({ KeyId: keyId })
    expect(aliases.Aliases?.map((a) => a.AliasName)).toEqual(['alias/doomed'])
  })

  it('reports rotation as disabled while pending deletion', async () => {
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status.KeyRotationEnabled).toBe(false)
  })

  it('cancels into Disabled (not Enabled) and restores the rotation setting', async () => {
    const out = await sim.sdk.cancelKeyDeletion({ KeyId: keyId })
    expect(out.KeyId).toBe(arn)
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta).toMatchObject({ KeyState: 'Disabled', Enabled: false })
    expect(meta?.DeletionDate).toBeUndefined()
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status.KeyRotationEnabled).toBe(true)
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      DisabledException,
      `${arn} is disabled.`,
    )
  })

  it('refuses CancelKeyDeletion on a Disabled or Enabled key', async () => {
    await expectKmsError(
      sim.sdk.cancelKeyDeletion({ KeyId: keyId }),
      KMSInvalidStateException,
      new RegExp(`^${arn} is not pending deletion`),
    )
    const enabled = await createSymmetricKey(sim.sdk)
    await expectKmsError(
      sim.sdk.cancelKeyDeletion({ KeyId: enabled }),
      KMSInvalidStateException,
      new RegExp(`^${keyArn(enabled)} is not pending deletion`),
    )
  })
})

describe('deletion at the end of the waiting period', () => {
  let sim: Sim
  let keyId: string
  let otherId: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
    otherId = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/gone-soon', TargetKeyId: keyId })
    await sim.sdk.createAlias({ AliasName: 'alias/survivor', TargetKeyId: otherId })
    await sim.sdk.disableKey({ KeyId: keyId })
    const out = await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    expect(out.DeletionDate).toEqual(new Date(T0 + 7 * DAY_MS))
  })

  it('keeps the key until the deletion date', async () => {
    sim.clock.now = T0 + 7 * DAY_MS - 1
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta?.KeyState).toBe('PendingDeletion')
  })

  it('deletes the key and its aliases once the clock passes the deletion date', async () => {
    sim.clock.now = T0 + 7 * DAY_MS + 1
    await expectKmsError(sim.sdk.describeKey({ KeyId: keyId }), NotFoundException)
    await expectKmsError(sim.sdk.describeKey({ KeyId: 'alias/gone-soon' }), NotFoundException)
    await expectKmsError(sim.sdk.cancelKeyDeletion({ KeyId: keyId }), NotFoundException)
    const keys = (await sim.sdk.listKeys({})).Keys?.map((k) => k.KeyId)
    expect(keys).not.toContain(keyId)
    expect(keys).toContain(otherId)
    const aliases = (await sim.sdk.listAliases({})).Aliases?.map((a) => a.AliasName)
    expect(aliases).not.toContain('alias/gone-soon')
    expect(aliases).toContain('alias/survivor')
  })
})

describe('UpdateAlias around a key pending deletion', () => {
  it('moves an alias away from a pending-deletion key but not onto one', async () => {
    const sim = createSim()
    const doomed = await createSymmetricKey(sim.sdk)
    const live = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/moving', TargetKeyId: doomed })
    await sim.sdk.createAlias({ AliasName: 'alias/staying', TargetKeyId: live })
    await sim.sdk.scheduleKeyDeletion({ KeyId: doomed, PendingWindowInDays: 7 })
    await sim.sdk.updateAlias({ AliasName: 'alias/moving', TargetKeyId: live })
    const out = await sim.sdk.describeKey({ KeyId: 'alias/moving' })
    expect(out.KeyMetadata?.KeyId).toBe(live)
    await expectKmsError(
      sim.sdk.updateAlias({ AliasName: 'alias/staying', TargetKeyId: doomed }),
      KMSInvalidStateException,
      `${keyArn(doomed)} is pending deletion.`,
    )
  })
})

describe('Appendix C: every cryptographic operation in Disabled and PendingDeletion', () => {
  let sim: Sim
  const calls: [string, string, () => Promise<unknown>][] = []

  beforeAll(async () => {
    sim = createSim()
    const sym = await createSymmetricKey(sim.sdk)
    const ecc = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })
    const hmac = await createKeyId(sim.sdk, {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    const Message = utf8('state')
    const blob = (await sim.sdk.encrypt({ KeyId: sym, Plaintext: Message })).CiphertextBlob!
    const Signature = (
      await sim.sdk.sign({ KeyId: ecc, Message, SigningAlgorithm: 'ECDSA_SHA_256' })
    ).Signature!
    const Mac = (await sim.sdk.generateMac({ KeyId: hmac, Message, MacAlgorithm: 'HMAC_SHA_256' }))
      .Mac!
    const sdk = sim.sdk
    const s = keyArn(sym)
    const e = keyArn(ecc)
    const h = keyArn(hmac)
    calls.push(
      [s, 'Encrypt', () => sdk.encrypt({ KeyId: sym, Plaintext: Message })],
      [s, 'Decrypt', () => sdk.decrypt({ CiphertextBlob: blob })],
      [s, 'ReEncrypt', () => sdk.reEncrypt({ CiphertextBlob: blob, DestinationKeyId: sym })],
      [s, 'GenerateDataKey', () => sdk.generateDataKey({ KeyId: sym, KeySpec: 'AES_256' })],
      [
        s,
        'GenerateDataKeyWithoutPlaintext',
        () => sdk.generateDataKeyWithoutPlaintext({ KeyId: sym, KeySpec: 'AES_256' }),
      ],
      [
        s,
        'GenerateDataKeyPair',
        () => sdk.generateDataKeyPair({ KeyId: sym, KeyPairSpec: 'ECC_NIST_P256' }),
      ],
      [
        s,
        'GenerateDataKeyPairWithoutPlaintext',
        () => sdk.generateDataKeyPairWithoutPlaintext({ KeyId: sym, KeyPairSpec: 'ECC_NIST_P256' }),
      ],
      [e, 'Sign', () => sdk.sign({ KeyId: ecc, Message, SigningAlgorithm: 'ECDSA_SHA_256' })],
      [
        e,
        'Verify',
        () => sdk.verify({ KeyId: ecc, Message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
      ],
      [e, 'GetPublicKey', () => sdk.getPublicKey({ KeyId: ecc })],
      [
        h,
        'GenerateMac',
        () => sdk.generateMac({ KeyId: hmac, Message, MacAlgorithm: 'HMAC_SHA_256' }),
      ],
      [
        h,
        'VerifyMac',
        () => sdk.verifyMac({ KeyId: hmac, Message, Mac, MacAlgorithm: 'HMAC_SHA_256' }),
      ],
    )
    for (const id of [sym, ecc, hmac]) await sdk.disableKey({ KeyId: id })
  })

  it('Disabled: DisabledException "<arn> is disabled." for each', async () => {
    for (const [arn, operation, call] of calls) {
      const error = await expectKmsError(call(), DisabledException)
      expect(`${operation}: ${error.message}`).toBe(`${operation}: ${arn} is disabled.`)
    }
  })

  it('PendingDeletion: KMSInvalidStateException "<arn> is pending deletion." for each', async () => {
    for (const arn of new Set(calls.map(([arn]) => arn))) {
      await sim.sdk.scheduleKeyDeletion({ KeyId: arn, PendingWindowInDays: 7 })
    }
    for (const [arn, operation, call] of calls) {
      const error = await expectKmsError(call(), KMSInvalidStateException)
      expect(`${operation}: ${error.message}`).toBe(`${operation}: ${arn} is pending deletion.`)
    }
  })
})
