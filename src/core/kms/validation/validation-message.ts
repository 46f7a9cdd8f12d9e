/**
 * AWS's generic ValidationException text, with lower-camel member paths, e.g.
 * `1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint:
 * Member must have value less than or equal to 1024` (recorded from real AWS).
 */
export interface Violation {
  /** Rendered value (`'1025'`, `null`) or undefined for sensitive members and blobs. */
  readonly value: string | undefined
  readonly path: string
  readonly constraint: string
}

export function formatViolations(violations: readonly Violation[]): string {
  const n = violations.length
  const head = `${n} validation error${n === 1 ? '' : 's'} detected: `
  return head + violations.map(formatViolation).join('; ')
}

function formatViolation(v: Violation): string {
  const value = v.value === undefined ? 'Value' : `Value ${v.value}`
  return `${value} at '${v.path}' failed to satisfy constraint: Member must ${v.constraint}`
}

/** `NumberOfBytes` → `numberOfBytes`; list members follow AWS: `tags.1.member.tagKey`. */
export function memberPath(parent: string, member: string): string {
  const camel = member.charAt(0).toLowerCase() + member.slice(1)
  return parent === '' ? camel : `${parent}.${camel}`
}
