import { describe, expect, it } from 'vitest'
import { formatYaml } from './format-yaml.ts'

// aws-cli.md §4.5: sorted keys, block style, quoting only where YAML would misread.
describe('formatYaml', () => {
  it('sorts keys, quotes digit strings and timestamps, leaves ARNs plain', () => {
    expect(
      formatYaml({
        KeyMetadata: {
          KeyId: 'k',
          AWSAccountId: '111122223333',
          Arn: 'arn:aws:kms:us-east-1:111122223333:key/k',
          CreationDate: '2025-12-04T10:51:02.345000+00:00',
          Enabled: true,
          EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        },
      }),
    ).toBe(
      [
        'KeyMetadata:',
        "  AWSAccountId: '111122223333'",
        '  Arn: arn:aws:kms:us-east-1:111122223333:key/k',
        "  CreationDate: '2025-12-04T10:51:02.345000+00:00'",
        '  Enabled: true',
        '  EncryptionAlgorithms:',
        '  - SYMMETRIC_DEFAULT',
        '  KeyId: k',
        '',
      ].join('\n'),
    )
  })

  it('lists of objects under their key, empty lists inline, {} as nothing, scalars as JSON', () => {
    expect(formatYaml({ Keys: [{ KeyId: 'a', KeyArn: 'b' }] })).toBe(
      'Keys:\n- KeyArn: b\n  KeyId: a\n',
    )
    expect(formatYaml({ Aliases: [] })).toBe('Aliases: []\n')
    expect(formatYaml({})).toBe('')
    expect(formatYaml('1234abcd')).toBe('"1234abcd"\n')
  })
})
