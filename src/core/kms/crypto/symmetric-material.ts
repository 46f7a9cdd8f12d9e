import type { SymmetricMaterialVersion } from '../key-record.ts'
import { newKeyMaterialId, type RandomSource } from '../ids.ts'
import type { RotationType } from '../types.ts'

/**
 * New symmetric key material: a NON-EXTRACTABLE AES-GCM-256 CryptoKey made by WebCrypto, so not
 * even the simulator can read its bytes (as KMS keys never leave the HSMs).
 * @see https://docs.aws.amazon.com/kms/latest/cryptographic-details/kms-keys.html
 */
export async function generateSymmetricVersion(
  random: RandomSource,
  createdAt: number,
  rotationType?: RotationType,
): Promise<SymmetricMaterialVersion> {
  const cryptoKey = await globalThis.crypto.subtle.generateKey(
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
  const version = { keyMaterialId: newKeyMaterialId(random), cryptoKey, createdAt }
  return rotationType === undefined ? version : { ...version, rotationType }
}
