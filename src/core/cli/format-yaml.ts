/**
 * `--output yaml`: ruamel's safe dump as the CLI configures it (aws-cli.md §4.5): block style,
 * keys sorted, sequences not indented under their key, strings quoted only when YAML would read
 * them as something else; a scalar result prints as JSON; `{}` prints nothing.
 * Not reproduced: ruamel's folding of strings longer than 80 columns (a policy document),
 * which aws-cli.md does not pin either.
 */
import { isObject, sortedKeys, type OutputValue } from './output-value.ts'

export function formatYaml(value: OutputValue): string {
  if (!isObject(value) && !Array.isArray(value)) return `${JSON.stringify(value)}\n`
  if (isObject(value) && Object.keys(value).length === 0) return ''
  return block(value, 0).join('')
}

const PLAIN_UNSAFE =
  /^$|^[\s\-?:,[\]{}#&*!|>'"%@`~]|[\s]$|: |\s#|^(true|false|yes|no|on|off|null|y|n)$|^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$|^\d{4}-\d\d-\d\d|[\n\t]/i

function scalar(value: OutputValue): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  const text = String(value)
  if (text.includes('\n')) return JSON.stringify(text)
  return PLAIN_UNSAFE.test(text) ? `'${text.replace(/'/g, "''")}'` : text
}

function block(value: OutputValue, indent: number): string[] {
  const pad = ' '.repeat(indent)
  const lines: string[] = []
  if (Array.isArray(value)) {
    for (const item of value as OutputValue[]) {
      if (isObject(item) && Object.keys(item).length) {
        const inner = block(item, indent + 2)
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1))
      } else if (Array.isArray(item) && item.length) {
        const inner = block(item, indent + 2)
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1))
      } else lines.push(`${pad}- ${inline(item)}\n`)
    }
    return lines
  }
  if (isObject(value)) {
    for (const key of sortedKeys(Object.keys(value))) {
      const item = value[key]!
      if (isObject(item) && Object.keys(item).length)
        lines.push(`${pad}${key}:\n`, ...block(item, indent + 2))
      else if (Array.isArray(item) && item.length)
        lines.push(`${pad}${key}:\n`, ...block(item, indent))
      else lines.push(`${pad}${key}: ${inline(item)}\n`)
    }
  }
  return lines
}

function inline(value: OutputValue): string {
  if (Array.isArray(value)) return '[]'
  if (isObject(value)) return '{}'
  return scalar(value)
}
