import type { OutputValue } from './output-value.ts'

/**
 * `--output json`: Python's `json.dump(response, indent=4, ensure_ascii=False)` and a newline,
 * which `JSON.stringify(value, null, 4)` matches for the values a KMS response holds. A
 * top-level `{}` prints nothing (`if response != {}`).
 * @see https://github.com/aws/aws-cli/blob/v2/awscli/formatter.py
 */
export function formatJson(value: OutputValue): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if (Object.keys(value).length === 0) return ''
  }
  return `${JSON.stringify(value, null, 4)}\n`
}
