import { describe, expect, it } from 'vitest'
import { runAws, type AwsCliEnvironment } from './run-aws.ts'
import { shellWords } from './shell-words.ts'
import { toCliCommand } from './to-cli-command.ts'

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const BLOB = 'AQICAHh0ZXN0LWNpcGhlcnRleHQtYmxvYg+/AA=='

/**
 * What the CLI panel sends for a command line: its shell words through the whole `aws`
 * pipeline, to a stub that keeps the request and answers an empty 200.
 */
async function sentBy(line: string): Promise<{ operation: string; body: unknown }> {
  const parsed = shellWords(line)
  if (!parsed.ok) throw new Error(parsed.message)
  const words = parsed.tokens.map((t) => {
    if (t.kind !== 'word') throw new Error(`operator ${t.text} in ${line}`)
    return t.text
  })
  expect(words.slice(0, 2)).toEqual(['aws', 'kms'])
  const sent: { operation: string; body: unknown }[] = []
  const env: AwsCliEnvironment = {
    send: (operation, body) => {
      sent.push({ operation, body: JSON.parse(body) })
      return Promise.resolve({ status: 200, body: '{}' })
    },
    readFile: () => undefined,
    utcOffsetMinutes: () => 0,
  }
  const result = await runAws(words.slice(1), env)
  expect(result.stderr).toBe('')
  expect(sent).toHaveLength(1)
  return sent[0]!
}

/** Every request the sandbox console sends, as its wire exchange shows it. */
const CONSOLE_REQUESTS: readonly [operation: string, request: Record<string, unknown>][] = [
  ['CreateKey', { Description: '', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' }],
  ['CreateKey', { Description: 'Orders key', KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }],
  ['EnableKey', { KeyId: KEY_ID }],
  ['DisableKey', { KeyId: KEY_ID }],
  ['Encrypt', { KeyId: KEY_ID, Plaintext: 'aGk=', EncryptionContext: { table: 'orders' } }],
  ['Encrypt', { KeyId: 'alias/orders', Plaintext: 'aGk=', EncryptionContext: {} }],
  ['Decrypt', { CiphertextBlob: BLOB, EncryptionContext: { table: 'orders', 'a b': "it's" } }],
  ['CreateAlias', { AliasName: 'alias/orders', TargetKeyId: KEY_ID }],
  ['UpdateAlias', { AliasName: 'alias/orders', TargetKeyId: KEY_ID }],
  ['DeleteAlias', { AliasName: 'alias/orders' }],
  ['TagResource', { KeyId: KEY_ID, Tags: [{ TagKey: 'Project', TagValue: 'Blue sky' }] }],
  ['UntagResource', { KeyId: KEY_ID, TagKeys: ['Project'] }],
  ['ScheduleKeyDeletion', { KeyId: KEY_ID, PendingWindowInDays: 7 }],
  ['CancelKeyDeletion', { KeyId: KEY_ID }],
  ['EnableKeyRotation', { KeyId: KEY_ID, RotationPeriodInDays: 90 }],
  ['DisableKeyRotation', { KeyId: KEY_ID }],
  ['RotateKeyOnDemand', { KeyId: KEY_ID }],
]

describe('toCliCommand', () => {
  it('writes the command AWS’s examples show: kebab-case names, base64 blobs, JSON maps', () => {
    expect(
      toCliCommand('Encrypt', {
        KeyId: KEY_ID,
        Plaintext: 'aGk=',
        EncryptionContext: { table: 'orders' },
      }),
    ).toBe(
      `aws kms encrypt --key-id ${KEY_ID} --plaintext aGk= --encryption-context '{"table":"orders"}'`,
    )
    expect(toCliCommand('ScheduleKeyDeletion', { KeyId: KEY_ID, PendingWindowInDays: 7 })).toBe(
      `aws kms schedule-key-deletion --key-id ${KEY_ID} --pending-window-in-days 7`,
    )
    expect(toCliCommand('UntagResource', { KeyId: KEY_ID, TagKeys: ['Project', 'Team'] })).toBe(
      `aws kms untag-resource --key-id ${KEY_ID} --tag-keys Project Team`,
    )
    expect(
      toCliCommand('TagResource', { KeyId: KEY_ID, Tags: [{ TagKey: 'a', TagValue: '' }] }),
    ).toBe(`aws kms tag-resource --key-id ${KEY_ID} --tags '[{"TagKey":"a","TagValue":""}]'`)
    expect(
      toCliCommand('CreateKey', {
        Description: '',
        KeySpec: 'SYMMETRIC_DEFAULT',
        BypassPolicyLockoutSafetyCheck: false,
      }),
    ).toBe(
      "aws kms create-key --description '' --key-spec SYMMETRIC_DEFAULT --no-bypass-policy-lockout-safety-check",
    )
    expect(toCliCommand('ListKeys', {})).toBe('aws kms list-keys')
  })

  it('has no command for an operation the CLI does not know', () => {
    expect(toCliCommand('MakeCoffee', {})).toBeUndefined()
  })

  it.each(CONSOLE_REQUESTS)(
    'the CLI panel reads the %s command back to the same request',
    async (operation, request) => {
      const line = toCliCommand(operation, request)!
      expect(await sentBy(line)).toEqual({ operation, body: request })
    },
  )

  it('writes values argparse would take for options with `=`, and lists of them as JSON', async () => {
    const request = { KeyId: KEY_ID, TagKeys: ['-x', 'Team'] }
    const line = toCliCommand('UntagResource', request)!
    expect(line).toBe(`aws kms untag-resource --key-id ${KEY_ID} --tag-keys '["-x","Team"]'`)
    expect((await sentBy(line)).body).toEqual(request)

    const created = { Description: '-- not a flag', KeySpec: 'SYMMETRIC_DEFAULT' }
    const createLine = toCliCommand('CreateKey', created)!
    expect(createLine).toBe(
      "aws kms create-key --description='-- not a flag' --key-spec SYMMETRIC_DEFAULT",
    )
    expect((await sentBy(createLine)).body).toEqual(created)
  })

  it('puts a value that looks like a file, or a one-item list that looks like JSON, where the CLI takes it as is', async () => {
    const created = { Description: 'file://notes.txt', KeySpec: 'SYMMETRIC_DEFAULT' }
    const line = toCliCommand('CreateKey', created)!
    expect(line).toBe(
      `aws kms create-key --key-spec SYMMETRIC_DEFAULT --cli-input-json '{"Description":"file://notes.txt"}'`,
    )
    expect((await sentBy(line)).body).toEqual(created)

    const untag = { KeyId: KEY_ID, TagKeys: ['[draft]'] }
    const untagLine = toCliCommand('UntagResource', untag)!
    expect(untagLine).toBe(`aws kms untag-resource --key-id ${KEY_ID} --tag-keys '["[draft]"]'`)
    expect((await sentBy(untagLine)).body).toEqual(untag)
  })

  it('quotes text a shell would change, so the line runs the same in a real terminal', async () => {
    const created = { Description: `Bob's "key" $HOME *`, KeySpec: 'SYMMETRIC_DEFAULT' }
    const line = toCliCommand('CreateKey', created)!
    expect(line).toBe(
      `aws kms create-key --description 'Bob'\\''s "key" $HOME *' --key-spec SYMMETRIC_DEFAULT`,
    )
    expect((await sentBy(line)).body).toEqual(created)
  })
})
