import { IncorrectKeyMaterialException, InvalidCiphertextException } from '../errors.ts'
import { toHex } from '../ids.ts'
import type { KeyId, KeyMaterialId } from '../types.ts'
import type { ImportParameters } from './imported-material.ts'

const subtle = () => globalThis.crypto.subtle

const MODULUS_BITS = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 } as const
const OAEP_HASH = { RSAES_OAEP_SHA_1: 'SHA-1', RSAES_OAEP_SHA_256: 'SHA-256' } as const

/**
 * A fresh RSA wrapping key pair for GetParametersForImport: the private half NON-EXTRACTABLE and
 * usable only to unwrap, the public half as DER SubjectPublicKeyInfo (what AWS returns).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-get-public-key-and-token.html
 */
export async function generateWrappingKeyPair(
  spec: ImportParameters['wrappingKeySpec'],
  algorithm: ImportParameters['wrappingAlgorithm'],
): Promise<{ privateKey: CryptoKey; publicKeyDer: Uint8Array }> {
  const pair = await subtle().generateKey(
    {
      name: 'RSA-OAEP',
      modulusLength: MODULUS_BITS[spec],
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: OAEP_HASH[algorithm],
    },
    false,
    ['wrapKey', 'unwrapKey'],
  )
  const spki = await subtle().exportKey('spki', pair.publicKey)
  return { privateKey: pair.privateKey, publicKeyDer: new Uint8Array(spki) }
}

/** A 256-bit AES key, the only symmetric key material KMS imports. */
const SYMMETRIC_MATERIAL_BITS = 256

/**
 * Fixed label signed by the material to name it; with the key id it makes the KeyMaterialId, so
 * the same material imported into the same key always gets the same id (and different material
 * a different one), which is how a re-import is recognised without ever reading the material.
 */
const MATERIAL_ID_LABEL = 'KeyDeck imported key material id/'

/**
 * Unwraps EncryptedKeyMaterial with the parameters' private key straight into NON-EXTRACTABLE
 * CryptoKeys, so the material is never a JS value: once as the AES-GCM-256 key that encrypts and
 * decrypts, and once as an HMAC-SHA-256 key that only signs the label above to make the
 * KeyMaterialId (a key commitment: it reveals nothing of the material).
 * WebCrypto's RSA-OAEP fails on anything not wrapped under this public key with this algorithm:
 * InvalidCiphertextException, as AWS answers for material it cannot decrypt.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
 */
export async function unwrapSymmetricMaterial(
  encrypted: Uint8Array,
  parameters: ImportParameters,
  keyId: KeyId,
): Promise<{ cryptoKey: CryptoKey; keyMaterialId: KeyMaterialId }> {
  const oaep = { name: 'RSA-OAEP' }
  const bytes = new Uint8Array(encrypted)
  let macKey: CryptoKey
  try {
    // HMAC first: it takes material of any length, so a wrong length can be told from bad wrapping.
    macKey = await subtle().unwrapKey(
      'raw',
      bytes,
      parameters.privateKey,
      oaep,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
  } catch {
    throw new InvalidCiphertextException(
      'The EncryptedKeyMaterial cannot be decrypted with the private key of the import token’s wrapping key and its wrapping algorithm.',
    )
  }
  const bits = (macKey.algorithm as KeyAlgorithm & { length?: number }).length
  if (bits !== SYMMETRIC_MATERIAL_BITS) {
    throw new IncorrectKeyMaterialException(
      `Key material for a SYMMETRIC_DEFAULT key must be 256 bits (32 bytes); this material is ${bits} bits.`,
    )
  }
  const cryptoKey = await subtle().unwrapKey(
    'raw',
    bytes,
    parameters.privateKey,
    oaep,
    { name: 'AES-GCM', length: SYMMETRIC_MATERIAL_BITS },
    false,
    ['encrypt', 'decrypt'],
  )
  const label = new TextEncoder().encode(MATERIAL_ID_LABEL + keyId)
  const id = new Uint8Array(await subtle().sign('HMAC', macKey, label))
  return { cryptoKey, keyMaterialId: toHex(id) as KeyMaterialId }
}
