import { SerializationException } from '../errors.ts'

/**
 * How deeply a request may nest JSON objects and arrays (the request object itself is level 1).
 * No KMS request needs more than 3 (CreateKey → Tags → Tag); AWS's JSON front end refuses
 * absurdly deep bodies as malformed (a 4xx), never as a server fault. 64 leaves room for unknown
 * members, which AWS ignores, without letting a 5 KB body of `[[[[…` exhaust the stack of every
 * recursive walk behind it (the audit summary, the wire encoder, …).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html
 */
export const MAX_NESTING_DEPTH = 64

/**
 * Throws SerializationException when `value` nests objects or arrays deeper than `max` levels.
 * Walks with an explicit stack, so the check itself cannot overflow; byte arrays and other
 * non-plain values are leaves; an object met twice (a typed caller may share one, or even build
 * a cycle) is walked once.
 */
export function assertNestingDepth(value: unknown, max = MAX_NESTING_DEPTH): void {
  const seen = new Set<object>()
  const pending: Array<{ readonly value: unknown; readonly depth: number }> = [{ value, depth: 1 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const container = next.value
    if (!isContainer(container) || seen.has(container)) continue
    if (next.depth > max) {
      throw new SerializationException(
        `The request nests objects and arrays more than ${max} levels deep.`,
      )
    }
    seen.add(container)
    const children = Array.isArray(container) ? container : Object.values(container)
    for (const child of children) pending.push({ value: child, depth: next.depth + 1 })
  }
}

function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return true
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
