/**
 * ECDSA signature encodings. WebCrypto signs and verifies the IEEE P1363 form r‖s (each value
 * left-padded to the curve's byte length; https://w3c.github.io/webcrypto/#ecdsa-operations),
 * while AWS KMS returns and expects the DER form of X9.62 / RFC 3279 section 2.2.3,
 * `Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }`
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html, "Signature").
 */
import {
  DER_TAG_INTEGER,
  DER_TAG_SEQUENCE,
  decodeDerUnsignedInteger,
  encodeDerElement,
  encodeDerUnsignedInteger,
  readDerElement,
} from './der-encoding.ts'

/** r‖s (even length, halves of equal size) → DER `SEQUENCE { INTEGER r, INTEGER s }`. */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
  if (signature.length === 0 || signature.length % 2 !== 0) {
    throw new RangeError(
      `an IEEE P1363 signature has two equal halves; got ${signature.length} bytes`,
    )
  }
  const half = signature.length / 2
  const r = encodeDerUnsignedInteger(signature.subarray(0, half))
  const s = encodeDerUnsignedInteger(signature.subarray(half))
  const body = new Uint8Array(r.length + s.length)
  body.set(r)
  body.set(s, r.length)
  return encodeDerElement(DER_TAG_SEQUENCE, body)
}

/**
 * DER → r‖s with each value left-padded to `componentLength` bytes (32 for P-256, 48 for P-384,
 * 66 for P-521). Returns undefined for anything that is not exactly one minimal DER SEQUENCE of
 * two non-negative INTEGERs that fit, so a malformed signature simply fails verification.
 */
export function derToP1363(der: Uint8Array, componentLength: number): Uint8Array | undefined {
  const sequence = readDerElement(der, 0)
  if (sequence?.tag !== DER_TAG_SEQUENCE || sequence.end !== der.length) return undefined
  const body = sequence.value
  const r = readDerElement(body, 0)
  if (r?.tag !== DER_TAG_INTEGER) return undefined
  const s = readDerElement(body, r.end)
  if (s?.tag !== DER_TAG_INTEGER || s.end !== body.length) return undefined
  const rMagnitude = decodeDerUnsignedInteger(r.value)
  const sMagnitude = decodeDerUnsignedInteger(s.value)
  if (rMagnitude === undefined || sMagnitude === undefined) return undefined
  if (rMagnitude.length > componentLength || sMagnitude.length > componentLength) return undefined
  const out = new Uint8Array(componentLength * 2)
  out.set(rMagnitude, componentLength - rMagnitude.length)
  out.set(sMagnitude, componentLength * 2 - sMagnitude.length)
  return out
}
