import { InvalidCiphertextException } from '../errors.ts'
import type { RandomSource } from '../ids.ts'
import type { SymmetricMaterialVersion } from '../key-record.ts'
import type { EncryptionContext, KeyId } from '../types.ts'
import { encodeHeader, IV_BYTES, joinCiphertext, type ParsedCiphertext } from './ciphertext-blob.ts'
import { encodeEncryptionContext } from './encode-encryption-context.ts'

/** AAD = header bytes ‖ canonical encryption context, so neither can be swapped undetected. */
function additionalData(
  headerBytes: Uint8Array,
  context: EncryptionContext | undefined,
): Uint8Array<ArrayBuffer> {
  const encoded = encodeEncryptionContext(context)
  const out = new Uint8Array(headerBytes.length + encoded.length)
  out.set(headerBytes, 0)
  out.set(encoded, headerBytes.length)
  return out
}

/** AES-GCM with a fresh random IV: encrypting twice never gives the same blob. */
export async function sealSymmetric(
  random: RandomSource,
  keyId: KeyId,
  version: SymmetricMaterialVersion,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
): Promise<Uint8Array> {
  const headerBytes = encodeHeader({ keyId, keyMaterialId: version.keyMaterialId })
  const iv = random(IV_BYTES).slice()
  // WebCrypto wants an ArrayBuffer-backed copy; it is wiped once the cipher has read it.
  const input = plaintext.slice()
  try {
    const sealed = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(headerBytes, context), tagLength: 128 },
      version.cryptoKey,
      input,
    )
    return joinCiphertext(headerBytes, iv, new Uint8Array(sealed))
  } finally {
    input.fill(0)
  }
}

/** Tampering, truncation or another context all fail the tag: InvalidCiphertextException. */
export async function openSymmetric(
  parsed: ParsedCiphertext,
  version: SymmetricMaterialVersion,
  context: EncryptionContext | undefined,
): Promise<Uint8Array> {
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: parsed.iv,
        additionalData: additionalData(parsed.headerBytes, context),
        tagLength: 128,
      },
      version.cryptoKey,
      parsed.sealed,
    )
    return new Uint8Array(plaintext)
  } catch {
    throw new InvalidCiphertextException()
  }
}
