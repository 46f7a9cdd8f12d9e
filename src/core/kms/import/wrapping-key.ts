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

const OAEP = { name: 'RSA-OAEP' } as const

/**
 * Unwraps EncryptedKeyMaterial with the parameters' private key into a NON-EXTRACTABLE
 * HMAC-SHA-256 key over the material's bytes, whatever they are: it takes material of any length,
 * so material that does not unwrap (not wrapped under this public key with this algorithm:
 * InvalidCiphertextException, as AWS answers for material it cannot decrypt) is told from
 * material of the wrong length or form. The key only signs the label above (materialIdOf): a key
 * commitment that reveals nothing of the material. Returns it with the material's length in bits.
 */
export async function unwrapNamingKey(
  encrypted: Uint8Array,
  parameters: ImportParameters,
): Promise<{ namingKey: CryptoKey; bits: number }> {
  let namingKey: CryptoKey
  try {
    namingKey = await subtle().unwrapKey(
      'raw',
      new Uint8Array(encrypted),
      parameters.privateKey,
      OAEP,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
  } catch {
    throw new InvalidCiphertextException(
      'The EncryptedKeyMaterial cannot be decrypted with the private key of the import token’s wrapping key and its wrapping algorithm.',
    )
  }
  const bits = (namingKey.algorithm as KeyAlgorithm & { length?: number }).length ?? 0
  return { namingKey, bits }
}

/** The KeyMaterialId of the material behind `namingKey` (an HMAC-SHA-256 key) in key `keyId`. */
export async function materialIdOf(namingKey: CryptoKey, keyId: KeyId): Promise<KeyMaterialId> {
  const label = new TextEncoder().encode(MATERIAL_ID_LABEL + keyId)
  return toHex(new Uint8Array(await subtle().sign('HMAC', namingKey, label))) as KeyMaterialId
}

/**
 * Unwraps symmetric material straight into NON-EXTRACTABLE CryptoKeys, so the material is never
 * a JS value: the AES-GCM-256 key that encrypts and decrypts, and the naming key for its id.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
 */
export async function unwrapSymmetricMaterial(
  encrypted: Uint8Array,
  parameters: ImportParameters,
  keyId: KeyId,
): Promise<{ cryptoKey: CryptoKey; keyMaterialId: KeyMaterialId }> {
  const { namingKey, bits } = await unwrapNamingKey(encrypted, parameters)
  if (bits !== SYMMETRIC_MATERIAL_BITS) {
    throw new IncorrectKeyMaterialException(
      `Key material for a SYMMETRIC_DEFAULT key must be 256 bits (32 bytes); this material is ${bits} bits.`,
    )
  }
  const cryptoKey = await subtle().unwrapKey(
    'raw',
    new Uint8Array(encrypted),
    parameters.privateKey,
    OAEP,
    { name: 'AES-GCM', length: SYMMETRIC_MATERIAL_BITS },
    false,
    ['encrypt', 'decrypt'],
  )
  return { cryptoKey, keyMaterialId: await materialIdOf(namingKey, keyId) }
}
