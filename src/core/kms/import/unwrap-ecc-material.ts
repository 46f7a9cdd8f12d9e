import { decodeBase64 } from '../../bytes/base64.ts'
import { eccCurve, signingAlgorithmsFor, type EccKeySpec } from '../crypto/asymmetric-algorithms.ts'
import { keySlot } from '../crypto/asymmetric-key-material.ts'
import { ECDH_PRIVATE_SLOT } from '../crypto/ecdh-keys.ts'
import { IncorrectKeyMaterialException } from '../errors.ts'
import type { KeyMaterial } from '../key-record.ts'
import type { KeyId, KeyMaterialId } from '../types.ts'
import type { ImportParameters } from './imported-material.ts'
import { materialIdOf, unwrapNamingKey } from './wrapping-key.ts'

export type EccMaterial = Extract<KeyMaterial, { kind: 'asymmetric' }>

const subtle = () => globalThis.crypto.subtle

/**
 * Unwraps an ECC private key (DER PKCS #8, wrapped with RSAES_OAEP_*) into the non-extractable
 * CryptoKeys of an ECC_NIST_* key with usage SIGN_VERIFY or KEY_AGREEMENT, and its public key as
 * DER SPKI for GetPublicKey and Verify.
 *
 * Why the private key is briefly extractable: a KMS key with imported material must answer
 * GetPublicKey, and WebCrypto gives the public point of a private key only by exporting the
 * private key as a JWK (which carries x and y beside d). So, inside this one ImportKeyMaterial
 * call only, the material is unwrapped extractable, exported as a JWK, its public point kept,
 * the private key imported again from the JWK NON-extractable, d named (the KeyMaterialId, from d
 * so that any PKCS #8 encoding of the same key gets the same id) and every reference to the
 * extractable key, the JWK and d's bytes dropped (the bytes zeroed; JS strings cannot be wiped,
 * they are only unreachable). That is our rule: no raw key bytes kept in JS memory beyond the
 * call that must handle them. What stays is what a generated ECC key keeps
 * (crypto/asymmetric-keys.ts, crypto/ecdh-keys.ts).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-conceptual.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html
 */
export async function unwrapEccMaterial(
  encrypted: Uint8Array,
  parameters: ImportParameters,
  keyId: KeyId,
  spec: EccKeySpec,
  usage: EccMaterial['usage'],
): Promise<{ material: EccMaterial; keyMaterialId: KeyMaterialId }> {
  // InvalidCiphertextException first, for material that does not unwrap at all.
  await unwrapNamingKey(encrypted, parameters)
  const { namedCurve } = eccCurve(spec)
  const agreement = usage === 'KEY_AGREEMENT'
  const algorithm: EcKeyImportParams = { name: agreement ? 'ECDH' : 'ECDSA', namedCurve }
  const privateUsages: KeyUsage[] = agreement ? ['deriveBits'] : ['sign']
  let jwk: JsonWebKey
  try {
    const extractable = await subtle().unwrapKey(
      'pkcs8',
      new Uint8Array(encrypted),
      parameters.privateKey,
      { name: 'RSA-OAEP' },
      algorithm,
      true,
      privateUsages,
    )
    jwk = await subtle().exportKey('jwk', extractable)
  } catch {
    // Unverified text: AWS's wording for material of another key type or curve is not recorded.
    throw new IncorrectKeyMaterialException(
      `Key material for a ${spec} key must be a DER-encoded PKCS #8 private key on curve ${namedCurve}.`,
    )
  }
  const { kty, crv, x, y } = jwk
  const publicKey = await subtle().importKey('jwk', { kty, crv, x, y }, algorithm, true, [
    ...(agreement ? [] : (['verify'] as const)),
  ])
  const publicKeyDer = new Uint8Array(await subtle().exportKey('spki', publicKey))
  const privateKey = await subtle().importKey('jwk', jwk, algorithm, false, privateUsages)
  const keyMaterialId = await nameOfPrivateScalar(jwk.d, keyId)
  const keys: Record<string, CryptoKey> = agreement
    ? { [ECDH_PRIVATE_SLOT]: privateKey }
    : await signingKeys(spec, privateKey, publicKeyDer, algorithm)
  return { material: { kind: 'asymmetric', spec, usage, publicKeyDer, keys }, keyMaterialId }
}

/** The slots of a SIGN_VERIFY ECC key, as crypto/asymmetric-keys.ts makes them. */
async function signingKeys(
  spec: EccKeySpec,
  privateKey: CryptoKey,
  publicKeyDer: Uint8Array<ArrayBuffer>,
  algorithm: EcKeyImportParams,
): Promise<Record<string, CryptoKey>> {
  const [signing] = signingAlgorithmsFor(spec)
  if (signing === undefined) throw new RangeError(`no signing algorithm for ${spec}`)
  const publicKey = await subtle().importKey('spki', publicKeyDer, algorithm, false, ['verify'])
  return { [keySlot(signing, 'private')]: privateKey, [keySlot(signing, 'public')]: publicKey }
}

/** The KeyMaterialId of a private scalar d (base64url, from the JWK); its bytes are zeroed. */
async function nameOfPrivateScalar(d: string | undefined, keyId: KeyId): Promise<KeyMaterialId> {
  const decoded = decodeBase64((d ?? '').replace(/-/g, '+').replace(/_/g, '/'))
  if (decoded === undefined || decoded.length === 0) throw new RangeError('JWK without d')
  const bytes = Uint8Array.from(decoded)
  decoded.fill(0)
  try {
    const namingKey = await subtle().importKey(
      'raw',
      bytes,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    return await materialIdOf(namingKey, keyId)
  } finally {
    bytes.fill(0)
  }
}
