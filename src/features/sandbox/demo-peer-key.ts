/**
 * The other party of a key agreement, made in the page for the demo: an ECDH key pair on the KMS
 * key's curve (WebCrypto). Its private key is generated non-extractable and lives only in the
 * page's memory while the panel is open: it is never shown, stored or sent. Its public key is
 * what the learner gives DeriveSharedSecret, as PEM.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-agreement.html
 */
import { derToPem, encodeBase64, type KeySpec } from '@/core/kms/index.ts'
import { publicKeyDerOf } from '@/stores/sandbox-crypto-actions.ts'

const CURVES: Partial<Record<KeySpec, { namedCurve: string; bits: number }>> = {
  ECC_NIST_P256: { namedCurve: 'P-256', bits: 256 },
  ECC_NIST_P384: { namedCurve: 'P-384', bits: 384 },
  // The P-521 shared secret is the x-coordinate in 66 bytes (528 bits), as KMS returns it.
  ECC_NIST_P521: { namedCurve: 'P-521', bits: 528 },
}

export interface DemoPeer {
  readonly privateKey: CryptoKey
  readonly publicKeyPem: string
  readonly curve: string
}

function curveOf(spec: KeySpec): { namedCurve: string; bits: number } {
  const curve = CURVES[spec]
  if (curve === undefined) throw new RangeError(`${spec} has no ECDH curve in WebCrypto`)
  return curve
}

export async function createDemoPeer(spec: KeySpec): Promise<DemoPeer> {
  const { namedCurve } = curveOf(spec)
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve }, false, ['deriveBits'])
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))
  return {
    privateKey: pair.privateKey,
    publicKeyPem: derToPem(spki, 'PUBLIC KEY'),
    curve: namedCurve,
  }
}

/** What the peer derives: its private key with the KMS key's public key (PEM), as base64. */
export async function peerSharedSecret(
  peer: DemoPeer,
  spec: KeySpec,
  kmsPublicKeyPem: string,
): Promise<string> {
  const { namedCurve, bits } = curveOf(spec)
  const kmsPublicKey = await crypto.subtle.importKey(
    'spki',
    Uint8Array.from(publicKeyDerOf(kmsPublicKeyPem)),
    { name: 'ECDH', namedCurve },
    false,
    [],
  )
  const secret = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: kmsPublicKey },
    peer.privateKey,
    bits,
  )
  return encodeBase64(new Uint8Array(secret))
}
