/**
 * Makes request and response members safe to keep in the audit trail: plaintext members (and the
 * message to sign or MAC, which may be secret) are dropped, blobs are reduced to their length,
 * dates become ISO strings. The result is JSON-safe. CloudTrail likewise never logs Plaintext or
 * data keys.
 */
const SECRET_MEMBER = /plaintext|^message$/i

export function summarizeForAudit(value: unknown): Record<string, unknown> {
  const summary = summarize(value)
  return typeof summary === 'object' && summary !== null && !Array.isArray(summary)
    ? (summary as Record<string, unknown>)
    : {}
}

function summarize(value: unknown): unknown {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(summarize)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k]
      if (v === undefined || !Object.hasOwn(value, k) || SECRET_MEMBER.test(k)) continue
      out[k] = summarize(v)
    }
    return out
  }
  return value
}
