/**
 * Integration with the KMS simulator (src/core/kms): through its awsJson1_1 handle, and through
 * the real AWS SDK v3 KMS client wired to it (the kms conformance helper).
 */
import { describe, expect, it } from 'vitest'
import { sdkKms } from '../kms/conformance/sdk-client.ts'
import { createKms } from '../kms/index.ts'
import type { DataKeyService } from './data-key-service.ts'
import { dataKeyServiceOverHandle } from './data-key-service-over-handle.ts'
import { decryptBytes, encryptBytes } from './envelope-bytes.ts'
import { EnvelopeIntegrityError } from './envelope-error.ts'
import { parseEnvelopeHeader } from './parse-envelope.ts'
import { patternBytes } from './testing/stream-test-utils.ts'

describe('envelope encryption against the KMS simulator', () => {
  it('round-trips, stores the key ARN, and KMS enforces the encryption context', async () => {
    const kms = createKms()
    const created = await kms.handle('TrentService.CreateKey', '{}')
    const keyArn = (JSON.parse(created.body) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn
    const service = dataKeyServiceOverHandle((target, body) => kms.handle(target, body))
    const plaintext = patternBytes(3 * 1024 + 1)
    const context = { department: 'finance' }

    const envelope = await encryptBytes(service, plaintext, {
      keyId: keyArn,
      encryptionContext: context,
      frameSize: 1024,
    })
    const parts = parseEnvelopeHeader(envelope)
    expect(parts).toMatchObject({ keyId: keyArn, encryptionContext: context, frameCount: 4 })
    expect(await decryptBytes(service, envelope, { encryptionContext: context })).toEqual(plaintext)

    // Swap in the same-length context value: the header parses, but KMS refuses the data key.
    const tampered = envelope.slice()
    const at = tampered.indexOf('f'.charCodeAt(0), 32 + keyArn.length)
    tampered[at] = 'F'.charCodeAt(0)
    const error = await decryptBytes(service, tampered).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EnvelopeIntegrityError)
    expect((error as Error).cause).toMatchObject({ name: 'InvalidCiphertextException' })
  })

  it('works with the real AWS SDK v3 KMS client as the DataKeyService', async () => {
    const kms = createKms()
    const sdk: DataKeyService = sdkKms(kms) // the aggregated KMS client, passed as is
    const { KeyMetadata } = await sdkKms(kms).createKey({})
    const keyArn = KeyMetadata!.Arn!
    const plaintext = patternBytes(5000)
    const envelope = await encryptBytes(sdk, plaintext, { keyId: keyArn, frameSize: 4096 })
    expect(parseEnvelopeHeader(envelope).keyId).toBe(keyArn)
    expect(await decryptBytes(sdk, envelope, { expectedKeyId: keyArn })).toEqual(plaintext)
  })
})
