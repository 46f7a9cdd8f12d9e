import { describe, expect, it } from 'vitest'
import { createTestKms, text, utf8 } from '../testing/test-kms.ts'

async function setup() {
  const t = createTestKms()
  const { KeyMetadata } = await t.kms.call('CreateKey', { Description: 'app' })
  return { ...t, key: KeyMetadata }
}

describe('Encrypt and Decrypt', () => {
  it('round-trips with a context, returns the key ARN and material id', async () => {
    const { kms, key } = await setup()
    await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: key.KeyId })
    const enc = await kms.call('Encrypt', {
      KeyId: 'alias/app',
      Plaintext: utf8('secret'),
      EncryptionContext: { tenant: 'a', purpose: 'b' },
    })
    expect(enc.KeyId).toBe(key.Arn)
    expect(enc.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT')
    const dec = await kms.call('Decrypt', {
      CiphertextBlob: enc.CiphertextBlob,
      EncryptionContext: { purpose: 'b', tenant: 'a' },
    })
    expect(text(dec.Plaintext)).toBe('secret')
    expect(dec.KeyId).toBe(key.Arn)
    expect(dec.KeyMaterialId).toBe(key.CurrentKeyMaterialId)
    expect(dec.KeyMaterialId).toMatch(/^[a-f0-9]{64}$/)
  })

  it('is not deterministic', async () => {
    const { kms, key } = await setup()
    const a = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    const b = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    expect(a.CiphertextBlob).not.toEqual(b.CiphertextBlob)
  })

  it('rejects a wrong, missing or extra context with an empty InvalidCiphertextException', async () => {
    const { kms, key } = await setup()
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('x'),
      EncryptionContext: { ab: 'c' },
    })
    const contexts: Record<string, string>[] = [{ a: 'bc' }, {}, { ab: 'C' }, { ab: 'c', d: 'e' }]
    for (const EncryptionContext of contexts) {
      await expect(
        kms.call('Decrypt', { CiphertextBlob, EncryptionContext }),
      ).rejects.toMatchObject({ name: 'InvalidCiphertextException', message: '' })
    }
  })

  it('keeps a context key named __proto__ (it is part of the AAD)', async () => {
    const { kms, key } = await setup()
    const enc = JSON.parse(
      (
        await kms.handle(
          'TrentService.Encrypt',
          `{"KeyId":"${key.KeyId}","Plaintext":"eA==","EncryptionContext":{"__proto__":"x"}}`,
        )
      ).body,
    )
    const res = await kms.handle(
      'TrentService.Decrypt',
      JSON.stringify({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: {} }),
    )
    expect(JSON.parse(res.body).__type).toBe('InvalidCiphertextException')
  })

  it('detects tampering with any byte and truncation', async () => {
    const { kms, key } = await setup()
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('xy'),
    })
    for (const index of [0, 1, 2, 40, 70, 75, 85, CiphertextBlob.length - 1]) {
      const tampered = CiphertextBlob.slice()
      tampered[index] = (tampered[index] ?? 0) ^ 0x01
      await expect(kms.call('Decrypt', { CiphertextBlob: tampered })).rejects.toMatchObject({
        name: expect.stringMatching(/InvalidCiphertextException|AccessDeniedException/),
      })
    }
    await expect(
      kms.call('Decrypt', { CiphertextBlob: CiphertextBlob.slice(0, -1) }),
    ).rejects.toMatchObject({ name: 'InvalidCiphertextException' })
  })

  it('IncorrectKeyException when KeyId is not the key of the blob', async () => {
    const { kms, key } = await setup()
    const other = (await kms.call('CreateKey', {})).KeyMetadata
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    await expect(kms.call('Decrypt', { CiphertextBlob, KeyId: other.Arn })).rejects.toMatchObject({
      name: 'IncorrectKeyException',
      message: 'The key ID in the request does not identify a CMK that can perform this operation.',
    })
    const ok = await kms.call('Decrypt', { CiphertextBlob, KeyId: key.Arn })
    expect(text(ok.Plaintext)).toBe('x')
  })

  it('rejects plaintext over 4096 bytes and garbage blobs', async () => {
    const { kms, key } = await setup()
    const res = await kms.handle(
      'TrentService.Encrypt',
      JSON.stringify({ KeyId: key.KeyId, Plaintext: btoa('a'.repeat(4097)) }),
    )
    expect(JSON.parse(res.body)).toEqual({
      __type: 'ValidationException',
      message:
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    })
    await expect(
      kms.call('Decrypt', { CiphertextBlob: utf8('not a kms ciphertext') }),
    ).rejects.toMatchObject({ name: 'InvalidCiphertextException' })
  })

  it('DryRun succeeds with DryRunOperationException only when the call would succeed', async () => {
    const { kms, key } = await setup()
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x'), DryRun: true }),
    ).rejects.toMatchObject({
      name: 'DryRunOperationException',
      message: 'The request would have succeeded, but the DryRun option is set.',
    })
    await kms.call('DisableKey', { KeyId: key.KeyId })
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x'), DryRun: true }),
    ).rejects.toMatchObject({ name: 'DisabledException' })
  })

  it('ReEncrypt moves a ciphertext to another key and context', async () => {
    const { kms, key } = await setup()
    const dest = (await kms.call('CreateKey', {})).KeyMetadata
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('move me'),
      EncryptionContext: { v: '1' },
    })
    const re = await kms.call('ReEncrypt', {
      CiphertextBlob,
      SourceEncryptionContext: { v: '1' },
      DestinationKeyId: dest.KeyId,
      DestinationEncryptionContext: { v: '2' },
    })
    expect(re.SourceKeyId).toBe(key.Arn)
    expect(re.KeyId).toBe(dest.Arn)
    expect(re.SourceKeyMaterialId).toBe(key.CurrentKeyMaterialId)
    expect(re.DestinationKeyMaterialId).toBe(dest.CurrentKeyMaterialId)
    const dec = await kms.call('Decrypt', {
      CiphertextBlob: re.CiphertextBlob,
      EncryptionContext: { v: '2' },
    })
    expect(text(dec.Plaintext)).toBe('move me')
    await expect(
      kms.call('ReEncrypt', {
        CiphertextBlob,
        DestinationKeyId: dest.KeyId,
        SourceKeyId: dest.KeyId,
      }),
    ).rejects.toMatchObject({ name: 'IncorrectKeyException' })
  })

  it('never hands out stored bytes: zeroing a returned plaintext changes nothing', async () => {
    const { kms, key } = await setup()
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('z') })
    const first = await kms.call('Decrypt', { CiphertextBlob })
    first.Plaintext.fill(0)
    const second = await kms.call('Decrypt', { CiphertextBlob })
    expect(text(second.Plaintext)).toBe('z')
  })
})
