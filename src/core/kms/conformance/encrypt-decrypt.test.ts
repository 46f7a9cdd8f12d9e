// Encrypt / Decrypt with a symmetric key: context binding, key checks, tamper detection, limits.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
import {
  DryRunOperationException,
  IncorrectKeyException,
  InvalidCiphertextException,
  NotFoundException,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  aliasArn,
  EMPTY_MESSAGE,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  text,
  utf8,
  type Sim,
} from './harness.ts'

describe('Encrypt and Decrypt', () => {
  let sim: Sim
  let keyId: string
  let otherId: string
  const context = { tenant: 'acme', purpose: 'conformance' }

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
    otherId = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/ed', TargetKeyId: keyId })
  })

  it('round-trips and reports the key ARN, even when called with an alias', async () => {
    for (const ref of ['alias/ed', aliasArn('alias/ed'), keyId, keyArn(keyId)]) {
      const enc = await sim.sdk.encrypt({ KeyId: ref, Plaintext: utf8('secret') })
      expect(enc.KeyId).toBe(keyArn(keyId))
      expect(enc.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT')
      const dec = await sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob })
      expect(text(dec.Plaintext)).toBe('secret')
      expect(dec.KeyId).toBe(keyArn(keyId))
      expect(dec.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT')
    }
  })

  it('reports the key material that decrypted the blob', async () => {
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('m') })
    const dec = await sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob })
    expect(dec.KeyMaterialId).toBe(meta?.CurrentKeyMaterialId)
  })

  it('accepts the matching key id, key ARN or alias in Decrypt', async () => {
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('k') })
    for (const ref of [keyId, keyArn(keyId), 'alias/ed']) {
      const dec = await sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob, KeyId: ref })
      expect(text(dec.Plaintext)).toBe('k')
    }
  })

  it('is non-deterministic: the same plaintext gives different blobs', async () => {
    const a = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('same') })
    const b = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('same') })
    expect(a.CiphertextBlob).not.toEqual(b.CiphertextBlob)
  })

  it('binds the encryption context: exact, case-sensitive, order-insensitive', async () => {
    const enc = await sim.sdk.encrypt({
      KeyId: keyId,
      Plaintext: utf8('bound'),
      EncryptionContext: context,
    })
    const reordered = { purpose: 'conformance', tenant: 'acme' }
    const ok = await sim.sdk.decrypt({
      CiphertextBlob: enc.CiphertextBlob,
      EncryptionContext: reordered,
    })
    expect(text(ok.Plaintext)).toBe('bound')
    const wrong: Record<string, string>[] = [
      {},
      { tenant: 'acme' },
      { tenant: 'ACME', purpose: 'conformance' },
      { Tenant: 'acme', purpose: 'conformance' },
      { ...context, extra: '1' },
    ]
    for (const EncryptionContext of wrong) {
      // AWS sends InvalidCiphertextException with an empty message for a context mismatch.
      await expectKmsError(
        sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext }),
        InvalidCiphertextException,
        EMPTY_MESSAGE,
      )
    }
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob }),
      InvalidCiphertextException,
    )
  })

  it('binds context keys named like Object.prototype members (wire level)', async () => {
    // JSON.parse makes "__proto__" an ordinary key; a careless copy would drop it from the AAD.
    const encrypt = await sim.kms.handle(
      'TrentService.Encrypt',
      `{"KeyId":"${keyId}","Plaintext":"AQ==","EncryptionContext":{"__proto__":"x","constructor":"y"}}`,
    )
    expect(encrypt.status).toBe(200)
    const blob = (JSON.parse(encrypt.body) as { CiphertextBlob: string }).CiphertextBlob
    const decrypt = (context: string) =>
      sim.kms.handle(
        'TrentService.Decrypt',
        `{"CiphertextBlob":"${blob}"${context ? `,"EncryptionContext":${context}` : ''}}`,
      )
    expect((await decrypt('{"constructor":"y","__proto__":"x"}')).status).toBe(200)
    for (const wrong of ['', '{"constructor":"y"}', '{"__proto__":"z","constructor":"y"}']) {
      const out = await decrypt(wrong)
      expect(out.status, wrong).toBe(400)
      expect(JSON.parse(out.body)).toMatchObject({ __type: 'InvalidCiphertextException' })
    }
  })

  it('refuses a context on decrypt that was not given on encrypt', async () => {
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('plain') })
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { a: 'b' } }),
      InvalidCiphertextException,
    )
  })

  it('raises IncorrectKeyException when KeyId names another key', async () => {
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('mine') })
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob, KeyId: otherId }),
      IncorrectKeyException,
      'The key ID in the request does not identify a CMK that can perform this operation.',
    )
  })

  // Header bytes may name another key (NotFound/AccessDenied): fuzz.test.ts covers every byte.
  it('detects tampering with the IV, ciphertext and tag', async () => {
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('integrity') })
    const blob = enc.CiphertextBlob!
    for (const index of [blob.length - 1, blob.length - 17, blob.length - 26]) {
      const bad = blob.slice()
      bad[index] = (bad[index] ?? 0) ^ 0x01
      await expectKmsError(sim.sdk.decrypt({ CiphertextBlob: bad }), InvalidCiphertextException)
    }
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: blob.slice(0, blob.length - 1) }),
      InvalidCiphertextException,
    )
  })

  it('never decrypts a blob made by another simulator (another account and region)', async () => {
    const foreign = createSim({ region: 'eu-west-1', accountId: '444455556666' })
    const foreignKey = await createSymmetricKey(foreign.sdk)
    const enc = await foreign.sdk.encrypt({ KeyId: foreignKey, Plaintext: utf8('elsewhere') })
    expect(enc.KeyId).toBe(`arn:aws:kms:eu-west-1:444455556666:key/${foreignKey}`)
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob }),
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    )
  })

  it('treats a key ARN of another region as unknown', async () => {
    const elsewhere = keyArn(keyId).replace(':us-east-1:', ':eu-west-1:')
    await expectKmsError(sim.sdk.describeKey({ KeyId: elsewhere }), NotFoundException)
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: elsewhere, Plaintext: utf8('x') }),
      NotFoundException,
    )
  })

  it('refuses random bytes that never came from KMS', async () => {
    const junk = crypto.getRandomValues(new Uint8Array(120))
    await expectKmsError(sim.sdk.decrypt({ CiphertextBlob: junk }), InvalidCiphertextException)
  })

  it('accepts 4096 bytes of plaintext and refuses 4097 with the AWS message', async () => {
    const max = new Uint8Array(4096).fill(7)
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: max })
    expect(enc.CiphertextBlob!.length).toBeLessThanOrEqual(6144)
    const dec = await sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob })
    expect(dec.Plaintext).toEqual(max)
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: new Uint8Array(4097) }),
      'ValidationException',
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    )
  })

  it('enforces the CiphertextBlob (6144 bytes) and GrantTokens (10) limits', async () => {
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: new Uint8Array(6145).fill(1) }),
      'ValidationException',
      "1 validation error detected: Value at 'ciphertextBlob' failed to satisfy constraint: Member must have length less than or equal to 6144",
    )
    await expectKmsError(
      sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: utf8('x'),
        GrantTokens: Array.from({ length: 11 }, () => 'token'),
      }),
      'ValidationException',
      /at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal to 10/,
    )
  })

  it('refuses an empty plaintext', async () => {
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: new Uint8Array(0) }),
      'ValidationException',
    )
  })

  it('answers DryRun with DryRunOperationException when the call would succeed', async () => {
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('dry') })
    const message = 'The request would have succeeded, but the DryRun option is set.'
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('dry'), DryRun: true }),
      DryRunOperationException,
      message,
    )
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob, DryRun: true }),
      DryRunOperationException,
      message,
    )
    // A call that would fail reports the real failure, not DryRun.
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: enc.CiphertextBlob, KeyId: otherId, DryRun: true }),
      IncorrectKeyException,
    )
  })

  it('reports unknown keys and aliases with NotFoundException', async () => {
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: 'alias/missing', Plaintext: utf8('x') }),
      NotFoundException,
    )
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', Plaintext: utf8('x') }),
      NotFoundException,
    )
  })
})
