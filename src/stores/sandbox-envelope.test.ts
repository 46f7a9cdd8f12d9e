import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, decodeBase64, type Kms } from '@/core/kms/index.ts'
import {
  discardPlaintextKey,
  envelopeNext,
  holdsKeyMaterial,
  resetEnvelopeWalkthrough,
  runDecryptData,
  runDecryptDataKey,
  runEncryptData,
  runGenerateDataKey,
  setEnvelopeKey,
  useEnvelopeWalkthrough,
} from './sandbox-envelope.ts'
import {
  kmsCallsFor,
  resetEnvelopeVariants,
  runVariantAction,
  useEnvelopeVariants,
} from './sandbox-envelope-variants.ts'
import { connectSandboxStore, createKey, useSandboxStore, WITHHELD } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 10, 29)
let kms: Kms
let keyId: string

beforeEach(async () => {
  kms = createKms({ now: () => T0 })
  await connectSandboxStore(kms)
  const key = await createKey({
    description: '',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!key.ok) throw new Error(key.error.message)
  keyId = key.value.KeyId
  setEnvelopeKey(keyId)
  resetEnvelopeWalkthrough()
  resetEnvelopeVariants()
})

const state = () => useEnvelopeWalkthrough.getState()

async function walkToTheEnd() {
  envelopeNext()
  await runGenerateDataKey()
  envelopeNext()
  await runEncryptData()
  envelopeNext()
  discardPlaintextKey()
  envelopeNext()
  envelopeNext()
  await runDecryptDataKey()
  envelopeNext()
  await runDecryptData()
  envelopeNext()
}

describe('the envelope walkthrough', () => {
  it('shows the data key once, wipes it on discard, and gets the text back through Decrypt', async () => {
    envelopeNext()
    await runGenerateDataKey()
    const shown = state().generated!
    expect(shown.KeyId).toMatch(/^arn:aws:kms:.*:key\//)
    expect(decodeBase64(shown.Plaintext!)).toHaveLength(32)
    // The kept exchange never holds the plaintext key.
    expect(useSandboxStore.getState().lastExchange?.response).toMatchObject({ Plaintext: WITHHELD })
    envelopeNext()
    await runEncryptData()
    expect(state().sealed!.iv.split(' ')).toHaveLength(12)
    expect(state().sealed!.tag.split(' ')).toHaveLength(16)
    expect(state().parts!.keyId).toBe(shown.KeyId)
    envelopeNext()
    expect(holdsKeyMaterial()).toBe(true)
    discardPlaintextKey()
    expect(holdsKeyMaterial()).toBe(false)
    expect(state().generated!.Plaintext).toBeUndefined()
    expect(state().discarded).toBe(Array(32).fill('00').join(' '))
    expect(JSON.stringify(state())).not.toContain(shown.Plaintext)
    envelopeNext()
    envelopeNext()
    await runDecryptDataKey()
    expect(state().decryptedKeyId).toBe(shown.KeyId)
    envelopeNext()
    await runDecryptData()
    expect(state().recovered).toBe('Meet me at the lighthouse at dawn.')
    expect(holdsKeyMaterial()).toBe(false)
    expect(state().at).toBe(6)
  })

  it('Next waits until the step is done; an AWS error stays on the step', async () => {
    setEnvelopeKey(undefined)
    envelopeNext()
    expect(state().at).toBe(0)
    setEnvelopeKey(keyId)
    envelopeNext()
    envelopeNext()
    expect(state().at).toBe(1)
    setEnvelopeKey('alias/none')
    await runGenerateDataKey()
    expect(state().failure).toMatchObject({ name: 'NotFoundException' })
    envelopeNext()
    expect(state().at).toBe(1)
  })
})

describe('its variants', () => {
  it('a wrong encryption context is InvalidCiphertextException, the right one opens', async () => {
    await walkToTheEnd()
    for (const i of [0, 1, 2]) await runVariantAction('encryption-context', i)
    const [made, wrong, right] = useEnvelopeVariants.getState().outcomes['encryption-context']!
    expect(made).toMatchObject({ ok: true })
    expect(wrong).toMatchObject({
      ok: false,
      error: { name: 'InvalidCiphertextException', explanation: expect.anything() as unknown },
    })
    expect(right).toMatchObject({
      ok: true,
      facts: [{ value: 'Meet me at the lighthouse at dawn.' }],
    })
  })

  it('after a rotation the old envelope opens; a disabled key gives DisabledException', async () => {
    await walkToTheEnd()
    for (const i of [0, 1]) await runVariantAction('rotation', i)
    expect(useEnvelopeVariants.getState().outcomes.rotation![1]).toMatchObject({ ok: true })
    for (const i of [0, 1, 2, 3]) await runVariantAction('disabled-key', i)
    expect(useEnvelopeVariants.getState().outcomes['disabled-key']).toMatchObject([
      { ok: true },
      { ok: false, error: { name: 'DisabledException' } },
      { ok: true },
      { ok: true, facts: [{ value: 'Meet me at the lighthouse at dawn.' }] },
    ])
  })

  it('GenerateDataKeyWithoutPlaintext, and Encrypt refusing 4,097 bytes', async () => {
    await walkToTheEnd()
    for (const i of [0, 1]) await runVariantAction('without-plaintext', i)
    expect(useEnvelopeVariants.getState().outcomes['without-plaintext']).toMatchObject([
      { ok: true },
      { ok: true },
    ])
    await runVariantAction('why-not-encrypt', 0)
    expect(useEnvelopeVariants.getState().outcomes['why-not-encrypt']).toMatchObject([
      { ok: false, error: { name: 'ValidationException' } },
    ])
    expect(kmsCallsFor(2 ** 30)).toEqual({ encrypt: 262_144, envelope: 2 })
    expect(kmsCallsFor(4097).encrypt).toBe(2)
  })
})
