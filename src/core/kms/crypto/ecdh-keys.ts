/**
 * KEY_AGREEMENT keys: ECDH on the NIST curves, which WebCrypto serves (P-256, P-384, P-521).
 *
 * The private key is generated non-extractable and can only `deriveBits`; the public key is kept
 * as DER SubjectPublicKeyInfo for GetPublicKey. DeriveSharedSecret returns the raw ECDH output
 * (the x-coordinate of the shared point, as long as the curve's field: 32, 48 or 66 bytes), which
 * is what KMS returns: "the raw secret derived from the specified key agreement algorithm"
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html); the caller
 * runs its own key derivation function over it.
 * SM2 key agreement is not in WebCrypto, so SM2 keys stay refused by the simulator.
 */
import { type AsymmetricKeySpec, type EccKeySpec, eccCurve } from './asymmetric-algorithms.ts'
import type { AsymmetricKeyMaterial } from './asymmetric-key-material.ts'

/** The slot of the ECDH private key in `AsymmetricKeyMaterial.keys`. */
export const ECDH_PRIVATE_SLOT = 'ECDH:private'

/** The other party's public key is not a valid SPKI of this key's curve. */
export class InvalidPeerPublicKeyError extends Error {
  override readonly name = 'InvalidPeerPublicKeyError'
}

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle
}

export async function generateEcdhKeyMaterial(
  spec: EccKeySpec,
): Promise<AsymmetricKeyMaterial & { usage: 'KEY_AGREEMENT' }> {
  const params: EcKeyGenParams = { name: 'ECDH', namedCurve: eccCurve(spec).namedCurve }
  const pair = await subtle().generateKey(params, false, ['deriveBits'])
  // The public half of a generated pair is always extractable: it is the one thing kept as bytes.
  const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey))
  return {
    spec,
    usage: 'KEY_AGREEMENT',
    publicKeyDer: spki,
    keys: { [ECDH_PRIVATE_SLOT]: pair.privateKey },
  }
}

/**
 * ECDH between the key's private key and `peerSpki` (DER SubjectPublicKeyInfo). A key that does
 * not parse, is not an EC key, lies on another curve or is not a point of the curve is an
 * InvalidPeerPublicKeyError (WebCrypto checks all of these when it imports the key).
 */
export async function deriveEcdhSecret(
  material: AsymmetricKeyMaterial,
  peerSpki: Uint8Array,
): Promise<Uint8Array> {
  const spec = material.spec
  const privateKey = material.keys[ECDH_PRIVATE_SLOT]
  if (!isEccSpec(spec) || privateKey === undefined) {
    throw new RangeError(`key spec ${spec} with usage ${material.usage} has no ECDH key`)
  }
  const { namedCurve, componentBytes } = eccCurve(spec)
  let peer: CryptoKey
  try {
    peer = await subtle().importKey(
      'spki',
      Uint8Array.from(peerSpki),
      { name: 'ECDH', namedCurve },
      false,
      [],
    )
  } catch {
    throw new InvalidPeerPublicKeyError(`not a ${namedCurve} public key`)
  }
  try {
    const bits = await subtle().deriveBits(
      { name: 'ECDH', public: peer },
      privateKey,
      componentBytes * 8,
    )
    return new Uint8Array(bits)
  } catch {
    // E.g. a point WebCrypto imported but the agreement rejects (the point at infinity).
    throw new InvalidPeerPublicKeyError(`${namedCurve} key agreement failed with this public key`)
  }
}

function isEccSpec(spec: AsymmetricKeySpec): spec is EccKeySpec {
  return spec.startsWith('ECC_')
}
