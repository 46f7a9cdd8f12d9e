/**
 * Flag values to request members, as `argprocess.py` and `paramfile.py` unpack them
 * (aws-cli.md §1 step 5, §3): `file://` (text) and `fileb://` (bytes) first, then JSON for a
 * value that starts with `{` or `[`, shorthand for other maps and structures, Python `int()` for
 * integers, and list flags value by value.
 */
import { fromUtf8 } from '../bytes/utf8.ts'
import { shapeOf, type CliArgument } from './arg-table.ts'
import { CliError } from './cli-error.ts'
import type { ShapeModel } from './kms-model.ts'
import type { ArgumentValue } from './parse-command.ts'
import { pythonRepr } from './python-repr.ts'
import { parseShorthand, ShorthandError } from './shorthand.ts'

/** A member before validation: blobs from `fileb://` are bytes, everything else JSON-like. */
export type ParamValue =
  string | number | boolean | Uint8Array | ParamValue[] | { [key: string]: ParamValue }

export type ReadFile = (path: string) => Uint8Array | undefined

/** `file://` and `fileb://` (paramfile.py): the text or bytes of a file of the virtual folder. */
function loadParamFile(flag: string, value: string, readFile: ReadFile): string | Uint8Array {
  const prefix = value.startsWith('fileb://')
    ? 'fileb://'
    : value.startsWith('file://')
      ? 'file://'
      : undefined
  if (!prefix) return value
  const path = value.slice(prefix.length)
  const bytes = readFile(path)
  if (bytes === undefined)
    throw new CliError(
      'param-validation',
      `Error parsing parameter '${flag}': Unable to load paramfile ${value}: [Errno 2] No such file or directory: ${pythonRepr(path)}`,
    )
  return prefix === 'fileb://' ? bytes : fromUtf8(bytes)
}

/** Python's `int()` of a string: optional sign, digits (with `_` between), blanks around. */
export function pythonInt(text: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(text))
    throw new CliError('generic', `invalid literal for int() with base 10: ${pythonRepr(text)}`)
  return Number(text.replace(/_/g, ''))
}

function parseJson(flag: string, text: string): ParamValue {
  try {
    return JSON.parse(text) as ParamValue
  } catch (error) {
    // The message is JavaScript's JSON error, not Python's (aws-cli.md does not pin this text).
    throw new CliError(
      'param-validation',
      `Error parsing parameter '${flag}': Invalid JSON: ${(error as Error).message}\nJSON received: ${text}`,
    )
  }
}

function shorthand(flag: string, text: string): ParamValue {
  try {
    return parseShorthand(text)
  } catch (error) {
    if (error instanceof ShorthandError)
      throw new CliError('param-validation', `Error parsing parameter '${flag}': ${error.message}`)
    throw error
  }
}

function unpackScalar(flag: string, shape: ShapeModel, value: string | Uint8Array): ParamValue {
  if (value instanceof Uint8Array) return value
  switch (shape.type) {
    case 'integer':
    case 'long':
      return pythonInt(value)
    case 'structure':
    case 'map':
      return value.trimStart().startsWith('{') ? parseJson(flag, value) : shorthand(flag, value)
    case 'list':
      return value.trimStart().startsWith('[') ? parseJson(flag, value) : [value]
    case 'boolean':
      return value.toLowerCase() === 'true'
    case 'timestamp':
      return epochSeconds(value)
    default:
      return value
  }
}

/**
 * A timestamp argument (`--valid-to`) as botocore sends it on the wire: epoch seconds. It takes
 * epoch seconds or ISO 8601, a time without an offset being UTC (botocore's
 * `parse_to_aware_datetime`). The error text is not pinned by aws-cli.md.
 */
function epochSeconds(text: string): number {
  const trimmed = text.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed)
  const hasOffset = /(?:Z|[+-]\d\d:?\d\d)$/i.test(trimmed)
  const dateOnly = /^\d{4}-\d\d-\d\d$/.test(trimmed)
  const ms = Date.parse(hasOffset || dateOnly ? trimmed : `${trimmed}Z`)
  if (Number.isNaN(ms)) {
    throw new CliError('param-validation', `Invalid timestamp value: ${pythonRepr(text)}`)
  }
  return ms / 1000
}

export function unpackArgument(
  argument: CliArgument,
  value: ArgumentValue,
  readFile: ReadFile,
): ParamValue {
  const shape = argument.shape!
  if (typeof value === 'boolean') return value
  const flag = argument.flag
  if (typeof value === 'string')
    return unpackScalar(flag, shape, loadParamFile(flag, value, readFile))
  // A list flag: one JSON list in its first word, or one item per word.
  const words = value.map((v) => loadParamFile(flag, v, readFile))
  const first = words[0]
  if (words.length === 1 && typeof first === 'string' && first.trim().startsWith('['))
    return parseJson(flag, first)
  if (shape.type !== 'list') return words.map((w) => unpackScalar(flag, shape, w))
  const member = shapeOf(shape.member)
  return words.map((w) => unpackScalar(flag, member, w))
}
