import { KMS } from '@aws-sdk/client-kms'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { DataKeyService } from './data-key-service.ts'
import { dataKeyServiceOverHandle, KmsServiceError } from './data-key-service-over-handle.ts'
import { decryptBytes, encryptBytes } from './envelope-bytes.ts'
import { EnvelopeIntegrityError } from './envelope-error.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import { fakeKmsHandle } from './testing/fake-kms-handle.ts'
import { patternBytes } from './testing/stream-test-utils.ts'

describe('dataKeyServiceOverHandle', () => {
  it('speaks awsJson1_1: TrentService targets, base64 blobs, and round-trips an envelope', async () => {
    const fake = createFakeDataKeyService()
    const arn = await fake.createKey(undefined, 'alias/wire')
    const requests: { target: string; body: unknown }[] = []
    const service = dataKeyServiceOverHandle(fakeKmsHandle(fake, requests))
    const plaintext = patternBytes(1000)
    const context = { a: 'b' }
    const envelope = await encryptBytes(service, plaintext, {
      keyId: 'alias/wire',
      encryptionContext: context,
    })
    expect(await decryptBytes(service, envelope, { encryptionContext: context })).toEqual(plaintext)
    expect(requests.map((r) => r.target)).toEqual([
      'TrentService.GenerateDataKey',
      'TrentService.Decrypt',
    ])
    expect(requests[0]!.body).toEqual({
      KeyId: 'alias/wire',
      KeySpec: 'AES_256',
      EncryptionContext: context,
    })
    expect(requests[1]!.body).toMatchObject({ KeyId: arn, EncryptionContext: context })
    expect(typeof (requests[1]!.body as Record<string, unknown>)['CiphertextBlob']).toBe('string')
  })

  it('turns {__type, message} error responses into errors named by the type', async () => {
    const service = dataKeyServiceOverHandle(async () => ({
      status: 400,
      body: JSON.stringify({
        __type: 'com.amazonaws.kms#NotFoundException',
        message: "Key 'x' does not exist",
      }),
    }))
    const error = await service
      .generateDataKey({ KeyId: 'x', KeySpec: 'AES_256' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KmsServiceError)
    expect(error).toMatchObject({
      name: 'NotFoundException',
      message: "Key 'x' does not exist",
      status: 400,
    })
  })

  it('reads AccessDeniedException’s capitalised Message and a bare type', async () => {
    const service = dataKeyServiceOverHandle(async () => ({
      status: 400,
      body: JSON.stringify({ __type: 'AccessDeniedException', Message: 'denied' }),
    }))
    await expect(service.decrypt({ CiphertextBlob: Uint8Array.of(1) })).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: 'denied',
    })
  })

  it('refuses a response blob that is not base64', async () => {
    const service = dataKeyServiceOverHandle(async () => ({
      status: 200,
      body: JSON.stringify({ KeyId: 'k', Plaintext: 'not base64!', CiphertextBlob: 'AAAA' }),
    }))
    await expect(service.generateDataKey({ KeyId: 'k', KeySpec: 'AES_256' })).rejects.toThrow(
      new TypeError('KMS response member Plaintext is not valid base64'),
    )
  })

  it('a tampered data key surfaces as EnvelopeIntegrityError caused by the wire error', async () => {
    const fake = createFakeDataKeyService()
    const arn = await fake.createKey()
    const service = dataKeyServiceOverHandle(fakeKmsHandle(fake))
    const envelope = await encryptBytes(service, patternBytes(10), { keyId: arn })
    const edkLastByte = envelope.length - (9 + 10 + 16) - 16 - 1
    envelope[edkLastByte]! ^= 1
    const error = await decryptBytes(service, envelope).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EnvelopeIntegrityError)
    expect((error as Error).cause).toBeInstanceOf(KmsServiceError)
  })
})

describe('DataKeyService', () => {
  it('is satisfied structurally by the AWS SDK v3 KMS client', () => {
    expectTypeOf<KMS>().toExtend<DataKeyService>()
    const client: DataKeyService = new KMS({ region: 'us-east-1' })
    expect(typeof client.generateDataKey).toBe('function')
  })
})
