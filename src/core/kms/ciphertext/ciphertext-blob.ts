import { InvalidCiphertextException } from '../errors.ts'
import { fromHex, KEY_ID_PATTERN, toHex } from '../ids.ts'
import type { KeyId, KeyMaterialId } from '../types.ts'

/**
 * Byte layout of the simulator's symmetric ciphertext blob (version 1), see ../CIPHERTEXT.md:
 * `0x01 | u8 keyIdLength | keyId (ASCII UUID or mrk- id) | keyMaterialId (32 bytes) | IV (12) | AES-GCM
 * ciphertext ‖ tag (16)`. Everything before the IV is the header; it is authenticated as the
 * first part of the GCM additional data.
 */
export const CIPHERTEXT_VERSION = 1
export const IV_BYTES = 12
export const TAG_BYTES = 16
const MATERIAL_ID_BYTES = 32
const KEY_ID_BYTES = 36

export interface CiphertextHeader {
  readonly keyId: KeyId
  readonly keyMaterialId: KeyMaterialId
}

export interface ParsedCiphertext extends CiphertextHeader {
  readonly headerBytes: Uint8Array<ArrayBuffer>
  readonly iv: Uint8Array<ArrayBuffer>
  /** AES-GCM output: ciphertext followed by the 16-byte tag. */
  readonly sealed: Uint8Array<ArrayBuffer>
}

const ascii = new TextEncoder()
const asciiDecoder = new TextDecoder()

export function encodeHeader(header: CiphertextHeader): Uint8Array {
  const out = new Uint8Array(2 + KEY_ID_BYTES + MATERIAL_ID_BYTES)
  out[0] = CIPHERTEXT_VERSION
  out[1] = KEY_ID_BYTES
  // A KeyId is a UUID or an mrk- id: 36 ASCII characters, one byte each.
  const { read, written } = ascii.encodeInto(header.keyId, out.subarray(2, 2 + KEY_ID_BYTES))
  if (read !== header.keyId.length || written !== KEY_ID_BYTES) {
    throw new Error(`A ciphertext header needs a UUID or mrk- KeyId, not "${header.keyId}".`)
  }
  out.set(fromHex(header.keyMaterialId), 2 + KEY_ID_BYTES)
  return out
}

export function joinCiphertext(
  headerBytes: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
): Uint8Array {
  const out = new Uint8Array(headerBytes.length + iv.length + sealed.length)
  out.set(headerBytes, 0)
  out.set(iv, headerBytes.length)
  out.set(sealed, headerBytes.length + iv.length)
  return out
}

/** Splits a blob; anything that is not a well-formed version-1 blob is InvalidCiphertextException. */
export function parseCiphertext(blob: Uint8Array): ParsedCiphertext {
  const headerLength = 2 + KEY_ID_BYTES + MATERIAL_ID_BYTES
  if (blob.length < headerLength + IV_BYTES + TAG_BYTES + 1) throw new InvalidCiphertextException()
  if (blob[0] !== CIPHERTEXT_VERSION || blob[1] !== KEY_ID_BYTES) {
    throw new InvalidCiphertextException()
  }
  const keyId = asciiDecoder.decode(blob.subarray(2, 2 + KEY_ID_BYTES))
  if (!KEY_ID_PATTERN.test(keyId)) throw new InvalidCiphertextException()
  const materialStart = 2 + KEY_ID_BYTES
  return {
    keyId: keyId as KeyId,
    keyMaterialId: toHex(blob.subarray(materialStart, headerLength)) as KeyMaterialId,
    headerBytes: blob.slice(0, headerLength),
    iv: blob.slice(headerLength, headerLength + IV_BYTES),
    sealed: blob.slice(headerLength + IV_BYTES),
  }
}
