import { encodeBase64 } from '../../bytes/base64.ts'
import { setOwnMember } from '../own-member.ts'

/**
 * awsJson1_1 encoding of an output: blobs (Uint8Array) → base64 strings, timestamps (Date) →
 * epoch SECONDS as JSON numbers (fractional allowed), undefined members dropped.
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
export function toWireJson(value: unknown): string {
  return JSON.stringify(toWireValue(value))
}

function toWireValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return encodeBase64(value)
  if (value instanceof Date) return value.getTime() / 1000
  if (Array.isArray(value)) return value.map(toWireValue)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    // Outputs are plain objects built by the operations: for…in sees exactly their own members.
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k]
      if (v !== undefined) setOwnMember(out, k, toWireValue(v))
    }
    return out
  }
  return value
}
