import { parseCiphertext, type CiphertextHeader } from './ciphertext-blob.ts'

/**
 * The key and the generation of key material a symmetric CiphertextBlob needs, read from its
 * header without any key (see ../CIPHERTEXT.md). Undefined for anything that is not one of the
 * simulator's symmetric blobs (raw RSA ciphertext, garbage): such text names no material. AWS
 * keeps every generation after a rotation, so the answer says which one Decrypt will pick.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotate-keys-how-it-works
 */
export function materialVersionOf(blob: Uint8Array): CiphertextHeader | undefined {
  try {
    const { keyId, keyMaterialId } = parseCiphertext(blob)
    return { keyId, keyMaterialId }
  } catch {
    return undefined
  }
}
