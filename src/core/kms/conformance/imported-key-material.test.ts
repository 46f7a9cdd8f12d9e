// Imported key material (Origin EXTERNAL) through the real AWS SDK: the key waits in
// PendingImport, the caller wraps 32 random bytes under the public key of GetParametersForImport
// (node:crypto, as a learner's HSM or OpenSSL would), ImportKeyMaterial brings it in, expiry and
// DeleteImportedKeyMaterial take it out, and on-demand rotation moves to new imported material.
// https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html
import {
  DisabledException,
  ExpiredImportTokenException,
  IncorrectKeyMaterialException,
  InvalidCiphertextException,
  InvalidImportTokenException,
  KMSInvalidStateException,
  NotFoundException,
  UnsupportedOperationException,
  type KMS,
} from '@aws-sdk/client-kms'
import { createPublicKey, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DAY_MS, T0, createSim, expectKmsError, keyArn, text, utf8 } from './harness.ts'
import { NEVER, wrap, wrapped } from './import-wrap.ts'

async function createExternalKey(sdk: KMS): Promise<string> {
  const out = await sdk.createKey({ Origin: 'EXTERNAL', Description: 'imported' })
  return out.KeyMetadata!.KeyId!
}

describe('imported key material: the whole flow', () => {
  it('CreateKey Origin EXTERNAL makes a PendingImport key without material', async () => {
    const sim = createSim()
    const out = await sim.sdk.createKey({ Origin: 'EXTERNAL' })
    const meta = out.KeyMetadata!
    expect(meta.Origin).toBe('EXTERNAL')
    expect(meta.KeyState).toBe('PendingImport')
    expect(meta.Enabled).toBe(false)
    expect(meta.CurrentKeyMaterialId).toBeUndefined()
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: meta.KeyId!, Plaintext: utf8('x') }),
      KMSInvalidStateException,
      `${meta.Arn} is pending import.`,
    )
    await expectKmsError(
      sim.sdk.enableKey({ KeyId: meta.KeyId! }),
      KMSInvalidStateException,
      `${meta.Arn} is pending import.`,
    )
  })

  for (const algorithm of ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const) {
    it(`imports 32 bytes wrapped with ${algorithm}; the key is Enabled and encrypts`, async () => {
      const sim = createSim()
      const keyId = await createExternalKey(sim.sdk)
      const params = await sim.sdk.getParametersForImport({
        KeyId: keyId,
        WrappingAlgorithm: algorithm,
        WrappingKeySpec: 'RSA_2048',
      })
      expect(params.KeyId).toBe(keyArn(keyId))
      expect(params.ParametersValidTo?.getTime()).toBe(T0 + DAY_MS)
      expect(
        createPublicKey({ key: Buffer.from(params.PublicKey!), format: 'der', type: 'spki' })
          .asymmetricKeyDetails?.modulusLength,
      ).toBe(2048)
      const validTo = new Date(T0 + 30 * DAY_MS)
      const imported = await sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ImportToken: params.ImportToken!,
        EncryptedKeyMaterial: wrap(params.PublicKey!, randomBytes(32), algorithm),
        ExpirationModel: 'KEY_MATERIAL_EXPIRES',
        ValidTo: validTo,
      })
      expect(imported.KeyId).toBe(keyArn(keyId))
      expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/)
      const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
      expect(meta.KeyState).toBe('Enabled')
      expect(meta.Origin).toBe('EXTERNAL')
      expect(meta.ExpirationModel).toBe('KEY_MATERIAL_EXPIRES')
      expect(meta.ValidTo?.getTime()).toBe(validTo.getTime())
      expect(meta.CurrentKeyMaterialId).toBe(imported.KeyMaterialId)
      const blob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('hello') }))
        .CiphertextBlob!
      const back = await sim.sdk.decrypt({ CiphertextBlob: blob })
      expect(text(back.Plaintext)).toBe('hello')
      expect(back.KeyMaterialId).toBe(imported.KeyMaterialId)
    })
  }

  // Generating an RSA-4096 key pair takes from well under a second to several seconds on a
  // loaded machine (it searches for primes), so this test gets more than the default 5 s.
  it('serves RSA_3072 and RSA_4096 wrapping keys', { timeout: 30_000 }, async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    for (const [spec, bits] of [
      ['RSA_3072', 3072],
      ['RSA_4096', 4096],
    ] as const) {
      const params = await sim.sdk.getParametersForImport({
        KeyId: keyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: spec,
      })
      const pub = createPublicKey({
        key: Buffer.from(params.PublicKey!),
        format: 'der',
        type: 'spki',
      })
      expect(pub.asymmetricKeyDetails?.modulusLength).toBe(bits)
      if (spec === 'RSA_4096') {
        await sim.sdk.importKeyMaterial({
          KeyId: keyId,
          ImportToken: params.ImportToken!,
          EncryptedKeyMaterial: wrap(params.PublicKey!, randomBytes(32), 'RSAES_OAEP_SHA_256'),
          ...NEVER,
        })
      }
    }
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta.KeyState).toBe('Enabled')
    expect(meta.ExpirationModel).toBe('KEY_MATERIAL_DOES_NOT_EXPIRE')
    expect(meta.ValidTo).toBeUndefined()
  })

  it('records the calls in the audit trail without the token or the material', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
    })
    const trail = await sim.kms.auditTrail({ keyArn: keyArn(keyId) })
    const names = trail.map((e) => e.eventName)
    expect(names).toContain('GetParametersForImport')
    expect(names).toContain('ImportKeyMaterial')
    const event = trail.find((e) => e.eventName === 'ImportKeyMaterial')!
    expect(
      event.requestParameters['importToken'] ?? event.requestParameters['ImportToken'],
    ).toMatch(/^<\d+ bytes>$/)
  })
})

describe('imported key material: errors', () => {
  it('GetParametersForImport and ImportKeyMaterial on an AWS_KMS key: origin is not valid', async () => {
    const sim = createSim()
    const keyId = (await sim.sdk.createKey({})).KeyMetadata!.KeyId!
    for (const call of [
      sim.sdk.getParametersForImport({
        KeyId: keyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      }),
      sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId }),
    ]) {
      await expectKmsError(
        call,
        UnsupportedOperationException,
        `${keyArn(keyId)} origin is AWS_KMS which is not valid for this operation.`,
      )
    }
  })

  it('refuses wrapping algorithms WebCrypto cannot serve, with the reason', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    for (const algorithm of ['RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256'] as const) {
      await expectKmsError(
        sim.sdk.getParametersForImport({
          KeyId: keyId,
          WrappingAlgorithm: algorithm,
          WrappingKeySpec: 'RSA_4096',
        }),
        UnsupportedOperationException,
        /RFC 5649/,
      )
    }
    await expectKmsError(
      sim.sdk.getParametersForImport({
        KeyId: keyId,
        WrappingAlgorithm: 'RSAES_PKCS1_V1_5',
        WrappingKeySpec: 'RSA_2048',
      }),
      'ValidationException',
      /RSAES_PKCS1_V1_5/,
    )
  })

  it('an expired import token is ExpiredImportTokenException (24 hours on the clock)', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const input = { KeyId: keyId, ...(await wrapped(sim.sdk, keyId, randomBytes(32))), ...NEVER }
    sim.clock.now += DAY_MS
    await expectKmsError(sim.sdk.importKeyMaterial(input), ExpiredImportTokenException)
    sim.clock.now -= 1
    await sim.sdk.importKeyMaterial(input)
  })

  it("another key's token or a made-up token is InvalidImportTokenException", async () => {
    const sim = createSim()
    const a = await createExternalKey(sim.sdk)
    const b = await createExternalKey(sim.sdk)
    const forA = await wrapped(sim.sdk, a, randomBytes(32))
    await expectKmsError(
      sim.sdk.importKeyMaterial({ KeyId: b, ...forA, ...NEVER }),
      InvalidImportTokenException,
    )
    await expectKmsError(
      sim.sdk.importKeyMaterial({ KeyId: a, ...forA, ImportToken: randomBytes(32), ...NEVER }),
      InvalidImportTokenException,
    )
  })

  it('material not wrapped under the token’s public key is InvalidCiphertextException', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const first = await wrapped(sim.sdk, keyId, randomBytes(32))
    const second = await wrapped(sim.sdk, keyId, randomBytes(32))
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ImportToken: first.ImportToken,
        EncryptedKeyMaterial: second.EncryptedKeyMaterial,
        ...NEVER,
      }),
      InvalidCiphertextException,
    )
    // Wrapped with SHA-1 OAEP under parameters asked for SHA-256.
    const params = await sim.sdk.getParametersForImport({
      KeyId: keyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    })
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ImportToken: params.ImportToken!,
        EncryptedKeyMaterial: wrap(params.PublicKey!, randomBytes(32), 'RSAES_OAEP_SHA_1'),
        ...NEVER,
      }),
      InvalidCiphertextException,
    )
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
  })

  it('material that is not 256 bits is IncorrectKeyMaterialException', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ...(await wrapped(sim.sdk, keyId, randomBytes(16))),
        ...NEVER,
      }),
      IncorrectKeyMaterialException,
    )
  })

  it('checks ExpirationModel against ValidTo', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const input = { KeyId: keyId, ...(await wrapped(sim.sdk, keyId, randomBytes(32))) }
    await expectKmsError(
      sim.sdk.importKeyMaterial(input),
      'ValidationException',
      'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES',
    )
    await expectKmsError(
      sim.sdk.importKeyMaterial({ ...input, ...NEVER, ValidTo: new Date(T0 + DAY_MS) }),
      'ValidationException',
    )
    for (const late of [T0, T0 + 366 * DAY_MS]) {
      await expectKmsError(
        sim.sdk.importKeyMaterial({
          ...input,
          ExpirationModel: 'KEY_MATERIAL_EXPIRES',
          ValidTo: new Date(late),
        }),
        'ValidationException',
      )
    }
  })

  it('needs kms:ImportKeyMaterial, kms:GetParametersForImport and kms:DeleteImportedKeyMaterial', async () => {
    const sim = createSim()
    const user = `arn:aws:iam::111122223333:user/importer`
    await sim.kms.iam.createUser('importer')
    await sim.kms.iam.putPrincipalPolicy(
      user,
      'only-params',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:GetParametersForImport', Resource: '*' }],
      }),
    )
    const keyId = await createExternalKey(sim.sdk)
    const asUser = sim.as(user)
    const input = { KeyId: keyId, ...(await wrapped(asUser, keyId, randomBytes(32))), ...NEVER }
    await expectKmsError(
      asUser.importKeyMaterial(input),
      'AccessDeniedException',
      /kms:ImportKeyMaterial/,
    )
    await sim.sdk.importKeyMaterial(input)
    await expectKmsError(
      asUser.deleteImportedKeyMaterial({ KeyId: keyId }),
      'AccessDeniedException',
      /kms:DeleteImportedKeyMaterial/,
    )
    // The key policy's kms:* for the account lets the user's identity policy decide: a Deny
    // on the wrapping key spec (condition key kms:WrappingKeySpec) holds.
    await sim.kms.iam.putPrincipalPolicy(
      user,
      'no-small-keys',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'kms:GetParametersForImport',
            Resource: '*',
            Condition: { StringEquals: { 'kms:WrappingKeySpec': 'RSA_2048' } },
          },
        ],
      }),
    )
    await expectKmsError(
      asUser.getParametersForImport({
        KeyId: keyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      }),
      'AccessDeniedException',
      /explicit deny/,
    )
  })

  it('GetParametersForImport and ImportKeyMaterial are refused while PendingDeletion', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const input = { KeyId: keyId, ...(await wrapped(sim.sdk, keyId, randomBytes(32))), ...NEVER }
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    const pending = `${keyArn(keyId)} is pending deletion.`
    await expectKmsError(sim.sdk.importKeyMaterial(input), KMSInvalidStateException, pending)
    await expectKmsError(
      sim.sdk.getParametersForImport({
        KeyId: keyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      }),
      KMSInvalidStateException,
      pending,
    )
    await sim.sdk.cancelKeyDeletion({ KeyId: keyId })
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
  })
})

describe('imported key material: expiry, deletion and re-import', () => {
  async function importedKey(validToDays?: number) {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const material = randomBytes(32)
    const terms =
      validToDays === undefined
        ? NEVER
        : ({
            ExpirationModel: 'KEY_MATERIAL_EXPIRES',
            ValidTo: new Date(T0 + validToDays * DAY_MS),
          } as const)
    const { KeyMaterialId } = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ...terms,
    })
    const blob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('before') }))
      .CiphertextBlob!
    return { sim, keyId, material, materialId: KeyMaterialId!, blob }
  }

  it('material expires at ValidTo on the simulated clock: PendingImport, and a service event', async () => {
    const { sim, keyId, blob } = await importedKey(10)
    sim.clock.now = T0 + 10 * DAY_MS - 1
    expect(text((await sim.sdk.decrypt({ CiphertextBlob: blob })).Plaintext)).toBe('before')
    sim.clock.now = T0 + 10 * DAY_MS
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: blob }),
      KMSInvalidStateException,
      `${keyArn(keyId)} is pending import.`,
    )
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
    const trail = await sim.kms.auditTrail({ keyArn: keyArn(keyId) })
    const expired = trail.find((e) => e.eventName === 'DeleteExpiredKeyMaterial')
    expect(expired?.principal).toBe('kms.amazonaws.com')
    expect(expired?.eventTime).toBe(T0 + 10 * DAY_MS)
  })

  it('expiry is seen by applyDueEvents too, without a request', async () => {
    const { sim, keyId } = await importedKey(3)
    sim.advanceDays(4)
    await sim.kms.applyDueEvents()
    const trail = await sim.kms.auditTrail({ keyArn: keyArn(keyId) })
    expect(trail.some((e) => e.eventName === 'DeleteExpiredKeyMaterial')).toBe(true)
  })

  it('the same material imported again restores the key; old ciphertext decrypts', async () => {
    const { sim, keyId, material, materialId, blob } = await importedKey(2)
    sim.advanceDays(3)
    await expectKmsError(sim.sdk.decrypt({ CiphertextBlob: blob }), KMSInvalidStateException)
    const again = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material, 'RSAES_OAEP_SHA_1')),
      ...NEVER,
    })
    expect(again.KeyMaterialId).toBe(materialId)
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta.KeyState).toBe('Enabled')
    expect(meta.ExpirationModel).toBe('KEY_MATERIAL_DOES_NOT_EXPIRE')
    expect(meta.ValidTo).toBeUndefined()
    expect(text((await sim.sdk.decrypt({ CiphertextBlob: blob })).Plaintext)).toBe('before')
  })

  it('different material into a key that had material is IncorrectKeyMaterialException', async () => {
    const { sim, keyId, blob } = await importedKey()
    await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
        ...NEVER,
      }),
      IncorrectKeyMaterialException,
    )
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
    await expectKmsError(sim.sdk.decrypt({ CiphertextBlob: blob }), KMSInvalidStateException)
  })

  it('a KeyMaterialId that does not name the material sent is IncorrectKeyMaterialException', async () => {
    const { sim, keyId, material } = await importedKey()
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ...(await wrapped(sim.sdk, keyId, material)),
        ...NEVER,
        KeyMaterialId: 'ab'.repeat(32),
      }),
      IncorrectKeyMaterialException,
    )
  })

  it('DeleteImportedKeyMaterial: PendingImport at once, the material id returned; again has no effect', async () => {
    const { sim, keyId, materialId } = await importedKey()
    await sim.sdk.disableKey({ KeyId: keyId })
    const out = await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    expect(out.KeyId).toBe(keyArn(keyId))
    expect(out.KeyMaterialId).toBe(materialId)
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
    await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId })
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
    await expectKmsError(
      sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId, KeyMaterialId: 'cd'.repeat(32) }),
      NotFoundException,
    )
  })

  it('the same key material in two keys gets two ids; each key takes only its own', async () => {
    const { sim, keyId, material, materialId } = await importedKey()
    const other = await createExternalKey(sim.sdk)
    const out = await sim.sdk.importKeyMaterial({
      KeyId: other,
      ...(await wrapped(sim.sdk, other, material)),
      ...NEVER,
    })
    expect(out.KeyMaterialId).not.toBe(materialId)
    expect(keyId).not.toBe(other)
  })
})

describe('imported key material: on-demand rotation', () => {
  it('automatic rotation is refused for EXTERNAL keys', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const notValid = `${keyArn(keyId)} origin is EXTERNAL which is not valid for this operation.`
    await expectKmsError(
      sim.sdk.enableKeyRotation({ KeyId: keyId }),
      UnsupportedOperationException,
      notValid,
    )
    await expectKmsError(
      sim.sdk.disableKeyRotation({ KeyId: keyId }),
      UnsupportedOperationException,
      notValid,
    )
    await expectKmsError(
      sim.sdk.getKeyRotationStatus({ KeyId: keyId }),
      UnsupportedOperationException,
      notValid,
    )
  })

  it('rotates into new imported material; old ciphertext still decrypts', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const first = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
      KeyMaterialDescription: 'first',
    })
    const old = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('old') })).CiphertextBlob!
    await expectKmsError(
      sim.sdk.rotateKeyOnDemand({ KeyId: keyId }),
      KMSInvalidStateException,
      `No available key material pending rotation for the key: ${keyArn(keyId)}.`,
    )
    const second = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: new Date(T0 + 100 * DAY_MS),
      ImportType: 'NEW_KEY_MATERIAL',
      KeyMaterialDescription: 'second',
    })
    expect(second.KeyMaterialId).not.toBe(first.KeyMaterialId)
    // Imported but not current yet.
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.CurrentKeyMaterialId).toBe(
      first.KeyMaterialId,
    )
    const listed = await sim.sdk.listKeyRotations({
      KeyId: keyId,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    })
    expect(
      listed.Rotations?.map((r) => [r.KeyMaterialDescription, r.KeyMaterialState, r.ImportState]),
    ).toEqual([
      ['first', 'CURRENT', 'IMPORTED'],
      ['second', 'PENDING_ROTATION', 'IMPORTED'],
    ])
    await expectKmsError(
      sim.sdk.importKeyMaterial({
        KeyId: keyId,
        ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
        ...NEVER,
        ImportType: 'NEW_KEY_MATERIAL',
      }),
      KMSInvalidStateException,
      new RegExp(
        `because another key material \\(id: ${second.KeyMaterialId}\\) is pending rotation\\.$`,
      ),
    )

    sim.advanceDays(1)
    const rotated = await sim.sdk.rotateKeyOnDemand({ KeyId: keyId })
    expect(rotated.KeyId).toBe(keyArn(keyId))
    const meta = (await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!
    expect(meta.CurrentKeyMaterialId).toBe(second.KeyMaterialId)
    expect(meta.ValidTo?.getTime()).toBe(T0 + 100 * DAY_MS)
    const after = await sim.sdk.listKeyRotations({ KeyId: keyId })
    expect(after.Rotations).toHaveLength(1)
    expect(after.Rotations?.[0]).toMatchObject({
      KeyMaterialId: second.KeyMaterialId,
      KeyMaterialState: 'CURRENT',
      ImportState: 'IMPORTED',
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      RotationType: 'ON_DEMAND',
    })
    expect(after.Rotations?.[0]?.RotationDate?.getTime()).toBe(T0 + DAY_MS)
    const plain = await sim.sdk.decrypt({ CiphertextBlob: old })
    expect(text(plain.Plaintext)).toBe('old')
    expect(plain.KeyMaterialId).toBe(first.KeyMaterialId)
    const fresh = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('new') })).CiphertextBlob!
    expect((await sim.sdk.decrypt({ CiphertextBlob: fresh })).KeyMaterialId).toBe(
      second.KeyMaterialId,
    )
  })

  it('losing older material makes the key PendingImport; importing it back restores it', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    const material = randomBytes(32)
    const first = await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ...NEVER,
    })
    const old = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('old') })).CiphertextBlob!
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
      ImportType: 'NEW_KEY_MATERIAL',
    })
    await sim.sdk.rotateKeyOnDemand({ KeyId: keyId })
    await sim.sdk.deleteImportedKeyMaterial({ KeyId: keyId, KeyMaterialId: first.KeyMaterialId! })
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe(
      'PendingImport',
    )
    const listed = await sim.sdk.listKeyRotations({
      KeyId: keyId,
      IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
    })
    expect(listed.Rotations?.map((r) => r.ImportState)).toEqual(['PENDING_IMPORT', 'IMPORTED'])
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, material)),
      ...NEVER,
      KeyMaterialId: first.KeyMaterialId!,
    })
    expect((await sim.sdk.describeKey({ KeyId: keyId })).KeyMetadata!.KeyState).toBe('Enabled')
    expect(text((await sim.sdk.decrypt({ CiphertextBlob: old })).Plaintext)).toBe('old')
  })

  it('a Disabled key does not rotate', async () => {
    const sim = createSim()
    const keyId = await createExternalKey(sim.sdk)
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
    })
    await sim.sdk.importKeyMaterial({
      KeyId: keyId,
      ...(await wrapped(sim.sdk, keyId, randomBytes(32))),
      ...NEVER,
      ImportType: 'NEW_KEY_MATERIAL',
    })
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(sim.sdk.rotateKeyOnDemand({ KeyId: keyId }), DisabledException)
  })
})
