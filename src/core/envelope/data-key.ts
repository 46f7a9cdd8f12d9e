/**
 * Getting a data key from KMS and holding it safely. The plaintext key bytes KMS returns are
 * imported into a non-extractable AES-GCM CryptoKey and then zeroed, so the key cannot be read
 * back from JavaScript; only the encrypted copy (CiphertextBlob) is stored, in the header.
 * "Use the plaintext data key to encrypt your data outside of AWS KMS ... then erase the
 * plaintext data key from memory as soon as possible":
 * https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html
 */
import type { DataKeyService } from './data-key-service.ts'
import { bufferSource } from './bytes.ts'
import { sameEncryptionContext } from './encryption-context.ts'
import type { EncryptionContext } from './encryption-context.ts'
import { EnvelopeIntegrityError } from './envelope-error.ts'
import type { EnvelopeHeader } from './envelope-header.ts'

export const DATA_KEY_LENGTH = 32

/**
 * KMS Decrypt errors that mean the header's key ARN, encryption context or encrypted data key do
 * not fit together: what tampering with those fields produces. The header itself can only be
 * authenticated once KMS has returned the data key. Other errors (AccessDeniedException,
 * DisabledException, KMSInvalidStateException, throttling, network) are about the caller or the
 * key's state and pass through unchanged.
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html#API_Decrypt_Errors
 */
const HEADER_REJECTIONS = new Set([
  'InvalidCiphertextException',
  'IncorrectKeyException',
  'NotFoundException',
  'InvalidArnException',
  'InvalidKeyUsageException',
  'ValidationException',
])

export interface DataKey {
  /** Non-extractable AES-256-GCM key. */
  readonly key: CryptoKey
  /** The KMS key that encrypted this data key: the ARN KMS reported. */
  readonly keyId: string
  /** KMS CiphertextBlob of the data key, stored in the envelope header. */
  readonly encryptedDataKey: Uint8Array
  readonly encryptionContext: EncryptionContext
}

export interface GenerateDataKeyOptions {
  /** Key ID, key ARN, alias name or alias ARN of a symmetric encryption KMS key. */
  readonly keyId: string
  readonly encryptionContext?: EncryptionContext
}

/** Step 1 of envelope encryption: KMS GenerateDataKey (AES_256). */
export async function generateDataKey(
  service: DataKeyService,
  options: GenerateDataKeyOptions,
): Promise<DataKey> {
  const encryptionContext = { ...options.encryptionContext }
  const response = await service.generateDataKey({
    KeyId: options.keyId,
    KeySpec: 'AES_256',
    ...contextParameter(encryptionContext),
  })
  const { Plaintext: plaintext, CiphertextBlob: encryptedDataKey } = response
  try {
    if (!plaintext || !encryptedDataKey) {
      throw new Error('GenerateDataKey response lacks Plaintext or CiphertextBlob')
    }
    return {
      key: await importDataKey(plaintext),
      keyId: response.KeyId ?? options.keyId,
      encryptedDataKey: encryptedDataKey.slice(),
      encryptionContext,
    }
  } finally {
    plaintext?.fill(0)
  }
}

export interface DecryptDataKeyOptions {
  /** When given, must equal the header's context exactly (KMS checks it again in Decrypt). */
  readonly encryptionContext?: EncryptionContext
  /**
   * When given, the header's KMS key must be this key ARN, or an ARN ending in `key/<this id>`.
   * Checked before calling KMS, so an envelope cannot make us use a key we did not expect.
   */
  readonly expectedKeyId?: string
}

/** Step 5: check the header against expectations, then KMS Decrypt the stored data key. */
export async function decryptDataKey(
  service: DataKeyService,
  header: Pick<EnvelopeHeader, 'keyId' | 'encryptionContext' | 'encryptedDataKey'>,
  options: DecryptDataKeyOptions = {},
): Promise<DataKey> {
  checkExpectations(header, options)
  let response
  try {
    response = await service.decrypt({
      CiphertextBlob: header.encryptedDataKey,
      KeyId: header.keyId,
      ...contextParameter(header.encryptionContext),
    })
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    if (HEADER_REJECTIONS.has(name)) {
      throw new EnvelopeIntegrityError(
        'data-key',
        `KMS Decrypt rejected the data key stored in the header (${name})`,
        { cause: error },
      )
    }
    throw error
  }
  const plaintext = response.Plaintext
  try {
    if (response.KeyId !== undefined && response.KeyId !== header.keyId) {
      throw new EnvelopeIntegrityError(
        'key-mismatch',
        `KMS decrypted the data key with ${response.KeyId}, but the header names ${header.keyId}`,
      )
    }
    if (!plaintext) throw new Error('Decrypt response lacks Plaintext')
    return {
      key: await importDataKey(plaintext),
      keyId: header.keyId,
      encryptedDataKey: header.encryptedDataKey,
      encryptionContext: header.encryptionContext,
    }
  } finally {
    plaintext?.fill(0)
  }
}

/**
 * Imports a 256-bit key as non-extractable AES-GCM. The caller zeroes the bytes afterwards
 * (`generateDataKey` and `decryptDataKey` do, in `finally`).
 */
export async function importDataKey(plaintext: Uint8Array): Promise<CryptoKey> {
  if (plaintext.length !== DATA_KEY_LENGTH) {
    throw new EnvelopeIntegrityError(
      'data-key',
      `data key is ${plaintext.length} bytes, expected 32`,
    )
  }
  return globalThis.crypto.subtle.importKey('raw', bufferSource(plaintext), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ])
}

export function keyIdMatches(expected: string, actual: string): boolean {
  return expected === actual || (actual.startsWith('arn:') && actual.endsWith(`:key/${expected}`))
}

function checkExpectations(
  header: Pick<EnvelopeHeader, 'keyId' | 'encryptionContext'>,
  options: DecryptDataKeyOptions,
): void {
  if (options.expectedKeyId !== undefined && !keyIdMatches(options.expectedKeyId, header.keyId)) {
    throw new EnvelopeIntegrityError(
      'key-mismatch',
      `envelope is encrypted under ${header.keyId}, expected ${options.expectedKeyId}`,
    )
  }
  if (
    options.encryptionContext !== undefined &&
    !sameEncryptionContext(options.encryptionContext, header.encryptionContext)
  ) {
    throw new EnvelopeIntegrityError(
      'context-mismatch',
      'envelope encryption context differs from the expected encryption context',
    )
  }
}

/** Omit an empty context, as the SDK would, so both request shapes mean "no context". */
function contextParameter(context: EncryptionContext): {
  EncryptionContext?: Record<string, string>
} {
  return Object.keys(context).length > 0 ? { EncryptionContext: { ...context } } : {}
}
