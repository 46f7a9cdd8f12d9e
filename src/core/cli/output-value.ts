/**
 * A response as the AWS CLI holds it after parsing (botocore's Python values): objects keep the
 * model's key order, timestamps are already local ISO 8601 strings, blobs base64 strings.
 */
export type OutputValue =
  | string
  | number
  | boolean
  | null
  | readonly OutputValue[]
  | { readonly [key: string]: OutputValue }

export type OutputObject = { readonly [key: string]: OutputValue }

export function isObject(value: OutputValue | undefined): value is OutputObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isScalar(value: OutputValue | undefined): boolean {
  return typeof value !== 'object' || value === null
}

/** Python's `str()` of a scalar: `True`/`False`/`None`, as text and table output print them. */
export function pythonStr(value: OutputValue | undefined): string {
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (value === null || value === undefined) return 'None'
  return String(value)
}

/** Python's sort of strings: by code point, not by locale. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Python's falsiness, which the table formatter uses to skip a value. */
export function isFalsy(value: OutputValue | undefined): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '')
    return true
  if (Array.isArray(value)) return value.length === 0
  return isObject(value) && Object.keys(value).length === 0
}
