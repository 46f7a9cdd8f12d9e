import { SerializationException, ValidationException } from '../errors.ts'
import { decodeBase64 } from '../../bytes/base64.ts'
import { assertNestingDepth } from './nesting-depth.ts'
import type { InputOf, Members, Shape } from './shape.ts'
import { formatViolations, memberPath, type Violation } from './validation-message.ts'

/**
 * Where the input comes from: `wire` is parsed awsJson (blobs are base64 strings), `typed` is
 * the UI's typed call (blobs are Uint8Array).
 */
export type InputSource = 'wire' | 'typed'

/**
 * Reads a request against its shape: a member of the wrong JSON type is a SerializationException
 * (as AWS's JSON protocol reports it), broken constraints are one ValidationException listing
 * every violation. Unknown members are ignored, as AWS does, but like every member they may not
 * nest deeper than MAX_NESTING_DEPTH (a SerializationException, as for any malformed body).
 */
export function readInput<M extends Members>(
  members: M,
  value: unknown,
  source: InputSource,
): InputOf<M> {
  assertNestingDepth(value)
  const violations: Violation[] = []
  const result = readStructure(members, value ?? {}, '', '', source, violations)
  if (violations.length > 0) throw new ValidationException(formatViolations(violations))
  return result as InputOf<M>
}

function readStructure(
  members: Members,
  value: unknown,
  name: string,
  path: string,
  source: InputSource,
  violations: Violation[],
): Record<string, unknown> {
  if (!isPlainObject(value)) throw typeError(name || 'request', 'structure')
  const out: Record<string, unknown> = {}
  for (const [member, shape] of Object.entries(members)) {
    const raw = value[member]
    const memberPathText = memberPath(path, member)
    if (raw === undefined || raw === null) {
      if (shape.required) {
        violations.push({ value: 'null', path: memberPathText, constraint: 'not be null' })
      }
      continue
    }
    out[member] = readValue(shape, raw, member, memberPathText, source, violations)
  }
  return out
}

/** Member patterns are few and fixed (AliasName, Marker, …): each is compiled once, not per request. */
const patterns = new Map<string, RegExp>()
function compiled(pattern: string): RegExp {
  let regExp = patterns.get(pattern)
  if (regExp === undefined) {
    regExp = new RegExp(pattern, 'u')
    patterns.set(pattern, regExp)
  }
  return regExp
}

function readValue(
  shape: Shape,
  raw: unknown,
  name: string,
  path: string,
  source: InputSource,
  violations: Violation[],
): unknown {
  switch (shape.kind) {
    case 'string': {
      if (typeof raw !== 'string') throw typeError(name, 'string')
      const shown = shape.sensitive ? undefined : `'${raw}'`
      checkLength(raw.length, shape, shown, path, violations)
      if (shape.pattern !== undefined && !compiled(shape.pattern).test(raw)) {
        violations.push({
          value: shown,
          path,
          constraint: `satisfy regular expression pattern: ${shape.pattern}`,
        })
      }
      if (shape.enum !== undefined && !shape.enum.includes(raw)) {
        violations.push({
          value: shown,
          path,
          constraint: `satisfy enum value set: [${shape.enum.join(', ')}]`,
        })
      }
      return raw
    }
    case 'integer': {
      if (typeof raw !== 'number' || !Number.isInteger(raw)) throw typeError(name, 'integer')
      const shown = shape.sensitive ? undefined : `'${raw}'`
      if (shape.min !== undefined && raw < shape.min) {
        violations.push({
          value: shown,
          path,
          constraint: `have value greater than or equal to ${shape.min}`,
        })
      }
      if (shape.max !== undefined && raw > shape.max) {
        violations.push({
          value: shown,
          path,
          constraint: `have value less than or equal to ${shape.max}`,
        })
      }
      return raw
    }
    case 'boolean':
      if (typeof raw !== 'boolean') throw typeError(name, 'boolean')
      return raw
    case 'blob': {
      const bytes = readBlob(raw, name, source)
      checkLength(bytes.length, shape, undefined, path, violations)
      return bytes
    }
    case 'timestamp':
      return readTimestamp(raw, name, source)
    case 'map': {
      if (!isPlainObject(raw)) throw typeError(name, 'map')
      const entries = Object.entries(raw)
      for (const [k, v] of entries) {
        if (typeof v !== 'string') throw typeError(`${name}.${k}`, 'string')
      }
      // fromEntries defines own properties, so a key named "__proto__" is kept, not swallowed.
      return Object.fromEntries(entries)
    }
    case 'list': {
      if (!Array.isArray(raw)) throw typeError(name, 'list')
      const items = raw.map((item: unknown, i) => {
        if (item === null || item === undefined) throw typeError(`${name}[${i}]`, 'non-null')
        return readValue(shape.member, item, name, `${path}.${i + 1}.member`, source, violations)
      })
      const shown = `'[${raw.map(String).join(', ')}]'`
      checkLength(items.length, shape, shown, path, violations)
      return items
    }
    case 'structure':
      return readStructure(shape.members, raw, name, path, source, violations)
  }
}

/**
 * awsJson1_1 sends a timestamp as epoch seconds, a JSON number that may have a fraction.
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
function readTimestamp(raw: unknown, name: string, source: InputSource): Date {
  if (source === 'typed') {
    if (!(raw instanceof Date) || Number.isNaN(raw.getTime())) throw typeError(name, 'Date')
    return new Date(raw.getTime())
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw typeError(name, 'timestamp')
  return new Date(Math.round(raw * 1000))
}

function readBlob(raw: unknown, name: string, source: InputSource): Uint8Array {
  if (source === 'typed') {
    if (!(raw instanceof Uint8Array)) throw typeError(name, 'Uint8Array')
    return raw.slice()
  }
  if (typeof raw !== 'string') throw typeError(name, 'base64 string')
  const bytes = decodeBase64(raw)
  if (bytes === undefined) {
    throw new SerializationException(`Value of member '${name}' is not valid base64.`)
  }
  return bytes
}

function checkLength(
  length: number,
  shape: { min?: number; max?: number },
  shown: string | undefined,
  path: string,
  violations: Violation[],
): void {
  if (shape.min !== undefined && length < shape.min) {
    violations.push({
      value: shown,
      path,
      constraint: `have length greater than or equal to ${shape.min}`,
    })
  }
  if (shape.max !== undefined && length > shape.max) {
    violations.push({
      value: shown,
      path,
      constraint: `have length less than or equal to ${shape.max}`,
    })
  }
}

function typeError(member: string, expected: string): SerializationException {
  return new SerializationException(`Unexpected JSON type for '${member}': expected ${expected}.`)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
