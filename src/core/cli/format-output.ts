/**
 * The formatter `--output` chooses, after `--query` (aws-cli.md §4, §5). Paginated text output
 * is queried and printed page by page, as the CLI does, so a query per page can print more
 * lines than in json.
 */
import jmespath from 'jmespath'
import { formatJson } from './format-json.ts'
import { formatTable } from './format-table.ts'
import { formatText } from './format-text.ts'
import { formatYaml } from './format-yaml.ts'
import type { OutputFormat } from './global-options.ts'
import type { OutputValue } from './output-value.ts'

export interface FormattedResponse {
  /** The whole result (all pages aggregated, plus `NextToken` when cut by `--max-items`). */
  readonly full: OutputValue
  /** Paginated text output: each page's part, and the resume token. */
  readonly pages?: { readonly parts: readonly OutputValue[]; readonly nextToken?: string }
}

export function applyQuery(value: OutputValue, query: string | undefined): OutputValue {
  if (query === undefined) return value
  return (jmespath.search(value, query) as OutputValue | undefined) ?? null
}

export function formatOutput(
  format: OutputFormat,
  operation: string,
  response: FormattedResponse,
  query: string | undefined,
): string {
  switch (format) {
    case 'off':
      return ''
    case 'text':
      if (response.pages) {
        const lines = response.pages.parts.map((part) => formatText(applyQuery(part, query)))
        if (response.pages.nextToken !== undefined)
          lines.push(formatText({ NextToken: { NextToken: response.pages.nextToken } }))
        return lines.join('')
      }
      return formatText(applyQuery(response.full, query))
    case 'table':
      return formatTable(operation, applyQuery(response.full, query))
    case 'yaml':
    case 'yaml-stream':
      return formatYaml(applyQuery(response.full, query))
    case 'json':
      return formatJson(applyQuery(response.full, query))
  }
}
