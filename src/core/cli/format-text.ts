/**
 * `--output text`, a port of the AWS CLI's `text.py`: a dict prints its scalar values sorted by
 * key, tab-separated, prefixed by the upper-cased parent key; then its non-scalar children in
 * key order. A list of dicts prints one line per dict over the union of their scalar keys.
 * @see https://github.com/aws/aws-cli/blob/v2/awscli/text.py
 */
import {
  isObject,
  isScalar,
  pythonStr,
  sortedKeys,
  type OutputObject,
  type OutputValue,
} from './output-value.ts'

export function formatText(value: OutputValue): string {
  const out: string[] = []
  formatItem(value, out, undefined, undefined)
  return out.join('')
}

function formatItem(
  item: OutputValue,
  out: string[],
  identifier: string | undefined,
  scalarKeys: readonly string[] | undefined,
): void {
  if (isObject(item)) formatDict(item, out, identifier, scalarKeys)
  else if (Array.isArray(item)) formatList(item as readonly OutputValue[], out, identifier)
  else out.push(`${pythonStr(item)}\n`)
}

function formatList(items: readonly OutputValue[], out: string[], identifier?: string): void {
  if (items.length === 0) return
  if (items.some(isObject)) {
    const keys = allScalarKeys(items)
    for (const element of items) formatItem(element, out, identifier, keys)
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar)
    if (scalars.length) formatScalarList(scalars, out, identifier)
    for (const nonScalar of items.filter((i) => !isScalar(i)))
      formatItem(nonScalar, out, identifier, undefined)
  } else {
    formatScalarList(items, out, identifier)
  }
}

function formatScalarList(items: readonly OutputValue[], out: string[], identifier?: string) {
  if (identifier !== undefined) {
    for (const item of items) out.push(`${identifier.toUpperCase()}\t${pythonStr(item)}\n`)
  } else {
    out.push(`${items.map(pythonStr).join('\t')}\n`)
  }
}

function formatDict(
  item: OutputObject,
  out: string[],
  identifier: string | undefined,
  scalarKeys: readonly string[] | undefined,
): void {
  const scalars: string[] = []
  const nonScalars: [string, OutputValue][] = []
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key]!
      if (isScalar(value)) scalars.push(pythonStr(value))
      else nonScalars.push([key, value])
    }
  } else {
    // A missing key prints an empty field (`item_dict.get(key, '')`).
    for (const key of scalarKeys) scalars.push(key in item ? pythonStr(item[key]) : '')
    const rest = sortedKeys(Object.keys(item).filter((k) => !scalarKeys.includes(k)))
    for (const key of rest) nonScalars.push([key, item[key]!])
  }
  if (scalars.length) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase())
    out.push(`${scalars.join('\t')}\n`)
  }
  for (const [key, value] of nonScalars) formatItem(value, out, key, undefined)
}

function allScalarKeys(items: readonly OutputValue[]): string[] {
  const seen = new Set<string>()
  for (const item of items) {
    if (!isObject(item)) continue
    for (const [key, value] of Object.entries(item)) if (isScalar(value)) seen.add(key)
  }
  return sortedKeys(seen)
}
