/**
 * Makes request and response members safe to keep in the audit trail: plaintext members (and the
 * message to sign or MAC, which may be secret) are dropped, blobs are reduced to their length,
 * dates become ISO strings. The result is JSON-safe. CloudTrail likewise never logs Plaintext or
 * data keys. Grant tokens are dropped too: whoever holds one can use its grant at once.
 *
 * It also summarizes the raw input of a request that failed validation, which may be anything a
 * caller sent: nesting is cut at MAX_NESTING_DEPTH (so a body of 2,700 nested arrays, or a cycle
 * in a typed call, is still recorded instead of overflowing the stack), and a member named
 * `__proto__` (an encryption context key, say) stays a member.
 */
import { setOwnMember } from '../own-member.ts'
import { MAX_NESTING_DEPTH } from '../validation/nesting-depth.ts'

const SECRET_MEMBER = /plaintext|^message$|^granttokens?$|^sharedsecret$/i
/** What stands for a value nested deeper than the summary goes. */
export const TOO_DEEP = '<nested too deeply>'

export function summarizeForAudit(value: unknown): Record<string, unknown> {
  const summary = summarize(value, 1)
  return typeof summary === 'object' && summary !== null && !Array.isArray(summary)
    ? (summary as Record<string, unknown>)
    : {}
}

function summarize(value: unknown, depth: number): unknown {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`
  if (value instanceof Date) return value.toISOString()
  if (typeof value !== 'object' || value === null) return value
  if (depth > MAX_NESTING_DEPTH) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item: unknown) => summarize(item, depth + 1))
  const out: Record<string, unknown> = {}
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k]
    if (v === undefined || !Object.hasOwn(value, k) || SECRET_MEMBER.test(k)) continue
    setOwnMember(out, k, summarize(v, depth + 1))
  }
  return out
}
