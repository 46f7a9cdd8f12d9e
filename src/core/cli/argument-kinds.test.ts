import { describe, expect, it } from 'vitest'
import { runAws, type AwsCliEnvironment } from './run-aws.ts'

/** Runs a command against a stub that records the wire body and answers `{}`. */
async function sent(...words: string[]) {
  const bodies: unknown[] = []
  const env: AwsCliEnvironment = {
    send: (_operation, body) => {
      bodies.push(JSON.parse(body))
      return Promise.resolve({ status: 200, body: '{}' })
    },
    readFile: (path) => (path === 'ctx.json' ? new TextEncoder().encode('{"a":"b"}') : undefined),
    utcOffsetMinutes: () => 0,
  }
  const result = await runAws(['kms', ...words], env)
  return { ...result, body: bodies[0] }
}

const USAGE_TAIL = 'aws <command> <subcommand> help\n'

// aws-cli.md §1-3: each kind of argument, as the wire body shows it.
describe('argument kinds', () => {
  it('--flag=value and a unique prefix', async () => {
    expect((await sent('describe-key', '--key=abc')).body).toEqual({ KeyId: 'abc' })
  })

  it('the last of a repeated flag wins, lists included', async () => {
    expect((await sent('describe-key', '--key-id', 'a', '--key-id', 'b')).body).toEqual({
      KeyId: 'b',
    })
    expect(
      (
        await sent(
          'describe-key',
          '--key-id',
          'k',
          '--grant-tokens',
          'a',
          '--grant-tokens',
          'b',
          'c',
        )
      ).body,
    ).toEqual({ KeyId: 'k', GrantTokens: ['b', 'c'] })
  })

  it('an ambiguous prefix is an argparse error', async () => {
    const result = await sent('encrypt', '--encryption', 'x')
    expect(result.exitCode).toBe(252)
    expect(result.stderr).toBe(
      `\naws: [ERROR]: An error occurred (ParamValidation): ambiguous option: --encryption could match --encryption-context, --encryption-algorithm\n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  ${USAGE_TAIL}`,
    )
  })

  it('a flag without its value', async () => {
    const result = await sent('describe-key', '--key-id')
    expect(result.stderr).toContain('(ParamValidation): argument --key-id: expected one argument\n')
    expect(result.exitCode).toBe(252)
  })

  it('booleans are a pair, and nothing is sent without either', async () => {
    expect((await sent('create-key', '--multi-region')).body).toEqual({ MultiRegion: true })
    expect((await sent('create-key', '--no-multi-region')).body).toEqual({ MultiRegion: false })
    expect((await sent('create-key')).body).toEqual({})
  })

  it('integers go through int()', async () => {
    expect((await sent('generate-random', '--number-of-bytes', ' 32 ')).body).toEqual({
      NumberOfBytes: 32,
    })
    expect((await sent('generate-random', '--number-of-bytes', '7.5')).stderr).toBe(
      "\naws: [ERROR]: invalid literal for int() with base 10: '7.5'\n",
    )
  })

  it('a list of structures in shorthand, one item per word, or JSON', async () => {
    expect(
      (await sent('create-key', '--tags', 'TagKey=env,TagValue=dev', 'TagKey=team,TagValue=sec'))
        .body,
    ).toEqual({
      Tags: [
        { TagKey: 'env', TagValue: 'dev' },
        { TagKey: 'team', TagValue: 'sec' },
      ],
    })
    expect((await sent('create-key', '--tags', '[{"TagKey":"a","TagValue":"b"}]')).body).toEqual({
      Tags: [{ TagKey: 'a', TagValue: 'b' }],
    })
  })

  it('validation messages for wrong shorthand members', async () => {
    expect((await sent('create-key', '--tags', 'Key=env,Value=dev')).stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nMissing required parameter in Tags[0]: "TagKey"\nMissing required parameter in Tags[0]: "TagValue"\nUnknown parameter in Tags[0]: "Key", must be one of: TagKey, TagValue\nUnknown parameter in Tags[0]: "Value", must be one of: TagKey, TagValue\n',
    )
    expect(
      (
        await sent(
          'encrypt',
          '--key-id',
          'k',
          '--plaintext',
          'AA==',
          '--encryption-context',
          'purpose=a,b',
        )
      ).stderr,
    ).toBe(
      "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid type for parameter EncryptionContext.purpose, value: ['a', 'b'], type: <class 'list'>, valid types: <class 'str'>\n",
    )
    expect((await sent('describe-key', '--key-id', '')).stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid length for parameter KeyId, value: 0, valid min length: 1\n',
    )
  })

  it('file:// reads text for a map', async () => {
    expect(
      (
        await sent(
          'encrypt',
          '--key-id',
          'k',
          '--plaintext',
          'AA==',
          '--encryption-context',
          'file://ctx.json',
        )
      ).body,
    ).toMatchObject({ EncryptionContext: { a: 'b' } })
  })

  it('blobs: non-strict base64 by default, the raw text with raw-in-base64-out', async () => {
    // `test` is valid base64 (3 bytes b5 eb 2d): sent as is, decoded by KMS.
    expect((await sent('encrypt', '--key-id', 'k', '--plaintext', 'test')).body).toMatchObject({
      Plaintext: 'test',
    })
    expect(
      (
        await sent(
          'encrypt',
          '--key-id',
          'k',
          '--plaintext',
          'hello',
          '--cli-binary-format',
          'raw-in-base64-out',
        )
      ).body,
    ).toMatchObject({ Plaintext: 'aGVsbG8=' })
    expect((await sent('encrypt', '--key-id', 'k', '--plaintext', 'hello world')).stderr).toBe(
      '\naws: [ERROR]: Invalid base64: "hello world"\n',
    )
  })

  it('--cli-input-json supplies members; flags override them; required is then checked by validation', async () => {
    expect(
      (
        await sent(
          'encrypt',
          '--cli-input-json',
          '{"KeyId":"a","Plaintext":"AA=="}',
          '--key-id',
          'b',
        )
      ).body,
    ).toEqual({ KeyId: 'b', Plaintext: 'AA==' })
    expect((await sent('encrypt', '--cli-input-json', '{"KeyId":"a"}')).stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nMissing required parameter in input: "Plaintext"\n',
    )
  })

  it('--generate-cli-skeleton prints the input skeleton and sends nothing', async () => {
    const result = await sent('encrypt', '--generate-cli-skeleton')
    expect(result.body).toBeUndefined()
    expect(result.stdout).toBe(
      '{\n    "KeyId": "",\n    "Plaintext": null,\n    "EncryptionContext": {\n        "KeyName": ""\n    },\n    "GrantTokens": [\n        ""\n    ],\n    "EncryptionAlgorithm": "SYMMETRIC_DEFAULT",\n    "DryRun": true\n}\n',
    )
  })

  it('global options before the service, between, or after', async () => {
    for (const words of [
      ['--output', 'text', 'kms', 'describe-key', '--key-id', 'k'],
      ['kms', '--output', 'text', 'describe-key', '--key-id', 'k'],
      ['kms', 'describe-key', '--key-id', 'k', '--output', 'text'],
    ]) {
      const result = await runAws(words, {
        send: () => Promise.resolve({ status: 200, body: '{"KeyMetadata":{"KeyId":"k"}}' }),
        readFile: () => undefined,
        utcOffsetMinutes: () => 0,
      })
      expect(result.stdout).toBe('KEYMETADATA\tk\n')
    }
  })
})
