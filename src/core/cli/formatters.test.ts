import { describe, expect, it } from 'vitest'
import { formatJson } from './format-json.ts'
import { formatTable } from './format-table.ts'
import { formatText } from './format-text.ts'
import type { OutputValue } from './output-value.ts'
import { REFERENCE_OUTPUTS } from './testing/reference-outputs.ts'

// Each command of aws-cli.md §4.6: its JSON output, parsed, is the model-ordered response the
// CLI formats; text and table of that response must be the observed bytes.
const COMMANDS: readonly [command: string, operation: string][] = [
  ['create-key --description demo', 'CreateKey'],
  ['encrypt --key-id alias/demo --plaintext fileb://pt.txt', 'Encrypt'],
  ['decrypt --ciphertext-blob fileb://ct.bin', 'Decrypt'],
  ['list-keys', 'ListKeys'],
  ['list-aliases', 'ListAliases'],
]

const reference = (command: string, output: string) => {
  const text = REFERENCE_OUTPUTS[`${command} --output ${output}`]
  if (text === undefined) throw new Error(`no reference for ${command} ${output}`)
  return text
}

describe.each(COMMANDS)('%s', (command, operation) => {
  const response = JSON.parse(reference(command, 'json')) as OutputValue

  it('json', () => expect(formatJson(response)).toBe(reference(command, 'json')))
  it('text', () => expect(formatText(response)).toBe(reference(command, 'text')))
  it('table', () => expect(formatTable(operation, response)).toBe(reference(command, 'table')))
})

describe('edge cases the reference observed', () => {
  it('prints nothing for an empty response in every format', () => {
    expect(formatJson({})).toBe('')
    expect(formatText({})).toBe('')
    expect(formatTable('CreateAlias', {})).toBe('')
  })

  it('prints an empty list as [] in json, nothing in text, a title box in table', () => {
    expect(formatJson({ Aliases: [] })).toBe('{\n    "Aliases": []\n}\n')
    expect(formatText({ Aliases: [] })).toBe('')
    expect(formatTable('ListAliases', { Aliases: [] })).toBe(
      '-------------\n|ListAliases|\n+-----------+\n',
    )
  })

  it('prints a scalar query result as a title-only table and bare text', () => {
    expect(formatTable('CreateKey', '1234')).toBe('-----------\n|CreateKey|\n+---------+\n')
    expect(formatText(true)).toBe('True\n')
    expect(formatText(null)).toBe('None\n')
    expect(formatText(['a', 'b'])).toBe('a\tb\n')
    expect(
      formatText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a\tb\nc\td\n')
  })

  it('keeps a multi-row table horizontal below 80 columns (describe-key --query, §4.6)', () => {
    expect(
      formatTable('DescribeKey', {
        KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
        State: 'Enabled',
        Enabled: true,
      }),
    ).toBe(
      [
        '----------------------------------------------------------------',
        '|                          DescribeKey                         |',
        '+---------+----------------------------------------+-----------+',
        '| Enabled |                 KeyId                  |   State   |',
        '+---------+----------------------------------------+-----------+',
        '|  True   |  1234abcd-12ab-34cd-56ef-1234567890ab  |  Enabled  |',
        '+---------+----------------------------------------+-----------+',
        '',
      ].join('\n'),
    )
  })

  it('text of get-key-rotation-status sorts keys (§4.6)', () => {
    expect(
      formatText({
        KeyRotationEnabled: true,
        KeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        RotationPeriodInDays: 365,
        NextRotationDate: '2026-12-04T10:51:02.345000+00:00',
      }),
    ).toBe(
      'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\tTrue\t2026-12-04T10:51:02.345000+00:00\t365\n',
    )
  })
})
