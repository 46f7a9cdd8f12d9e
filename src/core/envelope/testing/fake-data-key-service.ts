/**
 * Test double for KMS GenerateDataKey/Decrypt on WebCrypto AES-256-GCM, independent of the
 * simulator in src/core/kms. It keeps the behaviours the envelope code relies on: KeyId answered
 * as the key ARN, context as AAD (exact match), IncorrectKeyException on a KeyId mismatch,
 * InvalidCiphertextException on any bad blob, and a fresh Plaintext buffer per response (which it
 * remembers, so tests can check the caller zeroed it).
 * Blob: uint8 ARN length | ARN | 12-byte IV | ciphertext ‖ tag.
 */
import type {
  DataKeyService,
  DecryptInput,
  DecryptOutput,
  GenerateDataKeyInput,
  GenerateDataKeyOutput,
} from '../data-key-service.ts'
import { fromUtf8, utf8 } from '../../bytes/utf8.ts'
import { bufferSource, concatBytes } from '../bytes.ts'
import { encodeEncryptionContext } from '../encryption-context.ts'

export class FakeKmsError extends Error {
  override readonly name: string
  constructor(name: string, message = '') {
    super(message)
    this.name = name
  }
}

export const FAKE_ACCOUNT_ARN = 'arn:aws:kms:us-east-1:111122223333'

export interface FakeDataKeyService extends DataKeyService {
  /** Adds a key and returns its ARN. */
  createKey(keyId?: string, alias?: string): Promise<string>
  readonly calls: { operation: 'GenerateDataKey' | 'Decrypt'; input: unknown }[]
  /** Every Plaintext this fake returned, by reference. */
  readonly returnedPlaintexts: Uint8Array[]
}

export function createFakeDataKeyService(): FakeDataKeyService {
  const keys = new Map<string, CryptoKey>()
  const aliases = new Map<string, string>()
  const calls: FakeDataKeyService['calls'] = []
  const returnedPlaintexts: Uint8Array[] = []
  const subtle = globalThis.crypto.subtle

  const resolve = (keyId: string): string => {
    const arn = aliases.get(keyId) ?? (keys.has(keyId) ? keyId : `${FAKE_ACCOUNT_ARN}:key/${keyId}`)
    if (!keys.has(arn)) throw new FakeKmsError('NotFoundException', `Key '${keyId}' does not exist`)
    return arn
  }
  const aad = (context?: Record<string, string>) => bufferSource(encodeEncryptionContext(context))

  return {
    calls,
    returnedPlaintexts,
    async createKey(keyId = globalThis.crypto.randomUUID(), alias) {
      const arn = `${FAKE_ACCOUNT_ARN}:key/${keyId}`
      keys.set(
        arn,
        await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      )
      if (alias) aliases.set(alias, arn)
      return arn
    },
    async generateDataKey(input: GenerateDataKeyInput): Promise<GenerateDataKeyOutput> {
      calls.push({ operation: 'GenerateDataKey', input })
      const arn = resolve(input.KeyId)
      if ((input.KeySpec === undefined) === (input.NumberOfBytes === undefined)) {
        throw new FakeKmsError(
          'ValidationException',
          'Please specify either number of bytes or key spec.',
        )
      }
      const length = input.NumberOfBytes ?? (input.KeySpec === 'AES_128' ? 16 : 32)
      const plaintext = globalThis.crypto.getRandomValues(new Uint8Array(length))
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(12))
      const sealed = await subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: aad(input.EncryptionContext) },
        keys.get(arn)!,
        plaintext,
      )
      const arnBytes = utf8(arn)
      const blob = concatBytes([
        Uint8Array.of(arnBytes.length),
        arnBytes,
        iv,
        new Uint8Array(sealed),
      ])
      returnedPlaintexts.push(plaintext)
      return { KeyId: arn, Plaintext: plaintext, CiphertextBlob: blob }
    },
    async decrypt(input: DecryptInput): Promise<DecryptOutput> {
      calls.push({ operation: 'Decrypt', input })
      const blob = input.CiphertextBlob
      const arnLength = blob[0] ?? 0
      let arn: string
      try {
        arn = fromUtf8(blob.subarray(1, 1 + arnLength))
      } catch {
        throw new FakeKmsError('InvalidCiphertextException')
      }
      if (!keys.has(arn)) throw new FakeKmsError('InvalidCiphertextException')
      if (input.KeyId !== undefined && resolve(input.KeyId) !== arn) {
        throw new FakeKmsError(
          'IncorrectKeyException',
          'The key ID in the request does not identify a CMK that can perform this operation.',
        )
      }
      const iv = blob.slice(1 + arnLength, 13 + arnLength)
      try {
        const plaintext = new Uint8Array(
          await subtle.decrypt(
            { name: 'AES-GCM', iv, additionalData: aad(input.EncryptionContext) },
            keys.get(arn)!,
            blob.slice(13 + arnLength),
          ),
        )
        returnedPlaintexts.push(plaintext)
        return { KeyId: arn, Plaintext: plaintext }
      } catch {
        throw new FakeKmsError('InvalidCiphertextException')
      }
    },
  }
}
