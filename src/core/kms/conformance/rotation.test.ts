// Automatic and on-demand rotation: periods, lazy rotation on a moved clock, old ciphertext.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyRotations.html
import { LimitExceededException, UnsupportedOperationException } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DAY_MS,
  T0,
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  text,
  utf8,
  type Sim,
} from './harness.ts'

describe('automatic rotation', () => {
  let sim: Sim
  let keyId: string
  let oldBlob: Uint8Array
  let firstMaterial: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
    oldBlob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('year one') })).CiphertextBlob!
    firstMaterial = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.CurrentKeyMaterialId!
  })

  it('is off by default', async () => {
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status.KeyRotationEnabled).toBe(false)
    expect(status.NextRotationDate).toBeUndefined()
  })

  it('accepts RotationPeriodInDays 90-2560 only', async () => {
    for (const days of [89, 2561]) {
      await expectKmsError(
        sim.sdk.enableKeyRotation({ KeyId: keyId, RotationPeriodInDays: days }),
        'ValidationException',
        new RegExp(`^1 validation error detected: Value '${days}' at 'rotationPeriodInDays'`),
      )
    }
    await sim.sdk.enableKeyRotation({ KeyId: keyId, RotationPeriodInDays: 2560 })
    expect((await sim.sdk.getKeyRotationStatus({ KeyId: keyId })).RotationPeriodInDays).toBe(2560)
  })

  it('defaults to 365 days and schedules the first rotation one period after enabling', async () => {
    await sim.sdk.disableKeyRotation({ KeyId: keyId })
    expect((await sim.sdk.getKeyRotationStatus({ KeyId: keyId })).KeyRotationEnabled).toBe(false)
    await sim.sdk.enableKeyRotation({ KeyId: keyId })
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 })
    expect(status.KeyId).toBe(keyArn(keyId))
    expect(status.NextRotationDate).toEqual(new Date(T0 + 365 * DAY_MS))
  })

  it('re-enabling with a new period changes the period', async () => {
    await sim.sdk.enableKeyRotation({ KeyId: keyId, RotationPeriodInDays: 90 })
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status.RotationPeriodInDays).toBe(90)
    expect(status.NextRotationDate).toEqual(new Date(T0 + 90 * DAY_MS))
  })

  it('does not rotate before NextRotationDate', async () => {
    sim.clock.now = T0 + 90 * DAY_MS - 1
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta?.CurrentKeyMaterialId).toBe(firstMaterial)
    const rotations = await sim.sdk.listKeyRotations({ KeyId: keyId })
    expect(rotations.Rotations).toEqual([])
  })

  it('rotates lazily on the first request after NextRotationDate', async () => {
    sim.clock.now = T0 + 91 * DAY_MS
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    expect(meta?.CurrentKeyMaterialId).toMatch(/^[0-9a-f]{64}$/)
    expect(meta?.CurrentKeyMaterialId).not.toBe(firstMaterial)
    const rotations = (await sim.sdk.listKeyRotations({ KeyId: keyId })).Rotations ?? []
    expect(rotations).toHaveLength(1)
    // RotationsListEntry.KeyId is documented only as "unique identifier of the key".
    expect([keyId, keyArn(keyId)]).toContain(rotations[0]?.KeyId)
    expect(rotations[0]).toMatchObject({
      RotationType: 'AUTOMATIC',
      KeyMaterialId: meta?.CurrentKeyMaterialId,
    })
    const at = rotations[0]?.RotationDate?.getTime() ?? 0
    expect(at).toBeGreaterThanOrEqual(T0 + 90 * DAY_MS)
    expect(at).toBeLessThanOrEqual(T0 + 91 * DAY_MS)
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(status.NextRotationDate).toEqual(new Date(T0 + 180 * DAY_MS))
  })

  it('still decrypts ciphertext made with the old material and encrypts with the new', async () => {
    const old = await sim.sdk.decrypt({ CiphertextBlob: oldBlob })
    expect(text(old.Plaintext)).toBe('year one')
    expect(old.KeyMaterialId).toBe(firstMaterial)
    const fresh = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('year two') })
    const dec = await sim.sdk.decrypt({ CiphertextBlob: fresh.CiphertextBlob })
    expect(dec.KeyMaterialId).not.toBe(firstMaterial)
  })

  it('lists every material with ALL_KEY_MATERIAL, marking the current one', async () => {
    const out = await sim.sdk.listKeyRotations({
      KeyId: keyId,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    })
    const rows = out.Rotations ?? []
    expect(rows).toHaveLength(2)
    const states = rows.map((r) => [r.KeyMaterialId, r.KeyMaterialState])
    expect(states).toContainEqual([firstMaterial, 'NON_CURRENT'])
    expect(rows.filter((r) => r.KeyMaterialState === 'CURRENT')).toHaveLength(1)
  })

  it('catches up on every missed period when the clock jumps several periods ahead', async () => {
    const sim2 = createSim()
    const id = await createSymmetricKey(sim2.sdk)
    await sim2.sdk.enableKeyRotation({ KeyId: id, RotationPeriodInDays: 90 })
    sim2.advanceDays(200)
    const status = await sim2.sdk.getKeyRotationStatus({ KeyId: id })
    expect(status.NextRotationDate).toEqual(new Date(T0 + 270 * DAY_MS))
    const rows = (await sim2.sdk.listKeyRotations({ KeyId: id })).Rotations ?? []
    expect(rows.map((r) => r.RotationType)).toEqual(['AUTOMATIC', 'AUTOMATIC'])
    const dates = rows.map((r) => r.RotationDate?.getTime()).sort()
    expect(dates).toEqual([T0 + 90 * DAY_MS, T0 + 180 * DAY_MS])
  })

  it('does not rotate while the key is disabled', async () => {
    const sim2 = createSim()
    const id = await createSymmetricKey(sim2.sdk)
    const material = (await sim2.sdk.describeKey({ KeyId: id })).KeyMetadata?.CurrentKeyMaterialId
    await sim2.sdk.enableKeyRotation({ KeyId: id, RotationPeriodInDays: 90 })
    await sim2.sdk.disableKey({ KeyId: id })
    sim2.advanceDays(100)
    const meta = (await sim2.sdk.describeKey({ KeyId: id })).KeyMetadata
    expect(meta?.CurrentKeyMaterialId).toBe(material)
    expect((await sim2.sdk.getKeyRotationStatus({ KeyId: id })).KeyRotationEnabled).toBe(true)
  })

  // https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html ("Disabled keys")
  it('on re-enable rotates at once if the material is over a period old, else keeps the schedule', async () => {
    const sim2 = createSim()
    const stale = await createSymmetricKey(sim2.sdk)
    const recent = await createSymmetricKey(sim2.sdk)
    for (const id of [stale, recent]) {
      await sim2.sdk.enableKeyRotation({ KeyId: id })
      await sim2.sdk.disableKey({ KeyId: id })
    }
    sim2.advanceDays(100)
    await sim2.sdk.enableKey({ KeyId: recent })
    expect((await sim2.sdk.listKeyRotations({ KeyId: recent })).Rotations).toEqual([])
    expect((await sim2.sdk.getKeyRotationStatus({ KeyId: recent })).NextRotationDate).toEqual(
      new Date(T0 + 365 * DAY_MS),
    )
    sim2.advanceDays(300)
    await sim2.sdk.enableKey({ KeyId: stale })
    const rows = (await sim2.sdk.listKeyRotations({ KeyId: stale })).Rotations ?? []
    expect(rows.map((r) => [r.RotationType, r.RotationDate])).toEqual([
      ['AUTOMATIC', new Date(T0 + 400 * DAY_MS)],
    ])
    expect((await sim2.sdk.getKeyRotationStatus({ KeyId: stale })).NextRotationDate).toEqual(
      new Date(T0 + 765 * DAY_MS),
    )
  })
})

describe('on-demand rotation', () => {
  let sim: Sim
  let keyId: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
  })

  it('rotates immediately, logs ON_DEMAND and leaves the automatic schedule alone', async () => {
    await sim.sdk.enableKeyRotation({ KeyId: keyId })
    const blob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('pre') })).CiphertextBlob
    const before = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    const out = await sim.sdk.rotateKeyOnDemand({ KeyId: keyId })
    expect(out.KeyId).toBe(keyArn(keyId))
    const rows = (await sim.sdk.listKeyRotations({ KeyId: keyId })).Rotations ?? []
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ RotationType: 'ON_DEMAND' })
    expect([keyId, keyArn(keyId)]).toContain(rows[0]?.KeyId)
    expect(rows[0]?.RotationDate).toEqual(new Date(T0))
    const after = await sim.sdk.getKeyRotationStatus({ KeyId: keyId })
    expect(after.NextRotationDate).toEqual(before.NextRotationDate)
    const dec = await sim.sdk.decrypt({ CiphertextBlob: blob })
    expect(text(dec.Plaintext)).toBe('pre')
  })

  it('allows 25 on-demand rotations per key, then LimitExceededException', async () => {
    for (let i = 1; i < 25; i++) await sim.sdk.rotateKeyOnDemand({ KeyId: keyId })
    const rows = await sim.sdk.listKeyRotations({ KeyId: keyId, Limit: 1000 })
    expect(rows.Rotations).toHaveLength(25)
    await expectKmsError(
      sim.sdk.rotateKeyOnDemand({ KeyId: keyId }),
      LimitExceededException,
      `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${keyArn(keyId)}`,
    )
  })

  it('counts the limit exactly under concurrent requests', async () => {
    const id = await createSymmetricKey(sim.sdk)
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => sim.sdk.rotateKeyOnDemand({ KeyId: id })),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(25)
    const rejected = results.filter((r) => r.status === 'rejected')
    for (const r of rejected) expect(r.reason).toBeInstanceOf(LimitExceededException)
    const rows = await sim.sdk.listKeyRotations({ KeyId: id, Limit: 1000 })
    expect(rows.Rotations).toHaveLength(25)
  })

  it('works without automatic rotation enabled', async () => {
    const id = await createSymmetricKey(sim.sdk)
    await sim.sdk.rotateKeyOnDemand({ KeyId: id })
    const status = await sim.sdk.getKeyRotationStatus({ KeyId: id })
    expect(status.KeyRotationEnabled).toBe(false)
  })

  it('refuses rotation operations on HMAC and asymmetric keys', async () => {
    const hmac = await createKeyId(sim.sdk, {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    const ecc = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })
    for (const id of [hmac, ecc]) {
      await expectKmsError(sim.sdk.enableKeyRotation({ KeyId: id }), UnsupportedOperationException)
      await expectKmsError(sim.sdk.disableKeyRotation({ KeyId: id }), UnsupportedOperationException)
      await expectKmsError(
        sim.sdk.getKeyRotationStatus({ KeyId: id }),
        UnsupportedOperationException,
      )
      await expectKmsError(sim.sdk.rotateKeyOnDemand({ KeyId: id }), UnsupportedOperationException)
      await expectKmsError(sim.sdk.listKeyRotations({ KeyId: id }), UnsupportedOperationException)
    }
  })
})
