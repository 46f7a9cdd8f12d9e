/** Python's `repr()` of a parsed parameter value, as botocore's validation messages print it. */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
    const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t')
    return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote
  }
  if (value instanceof Uint8Array)
    return `b'${[...value].map((b) => String.fromCharCode(b)).join('')}'`
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`)
    .join(', ')}}`
}

/** Python's `type()` of a parsed value: `<class 'str'>`. */
export function pythonType(value: unknown): string {
  const name =
    typeof value === 'string'
      ? 'str'
      : typeof value === 'boolean'
        ? 'bool'
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? 'int'
            : 'float'
          : value === null || value === undefined
            ? 'NoneType'
            : value instanceof Uint8Array
              ? 'bytes'
              : Array.isArray(value)
                ? 'list'
                : 'dict'
  return `<class '${name}'>`
}
