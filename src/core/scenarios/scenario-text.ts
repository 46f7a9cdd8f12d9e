/** Small formatting shared by the scenarios' facts. */
import { encodeBase64, decodeBase64 } from '../kms/index.ts'

export const DAY_MS = 86_400_000

/** A date as the learner reads it in a fact: `2027-12-06 22:51 UTC`. */
export const dateText = (date: Date | number): string =>
  `${new Date(date).toISOString().slice(0, 16).replace('T', ' ')} UTC`

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
export const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

/** Blobs are noted as base64 (notes are strings). */
export const noteBlob = encodeBase64
export function blobNoted(base64: string): Uint8Array {
  const blob = decodeBase64(base64)
  if (blob === undefined) throw new Error(`not base64: ${base64.slice(0, 20)}…`)
  return blob
}
