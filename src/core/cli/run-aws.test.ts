import { describe, expect, it } from 'vitest'
import { createTestKms } from '../kms/testing/test-kms.ts'
import { shellWords } from './shell-words.ts'
import { runAws, type AwsCliEnvironment } from './run-aws.ts'
import { REFERENCE_OUTPUTS } from './testing/reference-outputs.ts'

const words = (line: string) => {
  const result = shellWords(line)
  if (!result.ok) throw new Error(result.message)
  return result.tokens.flatMap((t) => (t.kind === 'word' ? [t.text] : []))
}

const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n'

/** The CLI against the simulator, in UTC, with a folder of files. */
function simulatorCli(files: Record<string, Uint8Array> = {}) {
  const { kms } = createTestKms()
  const env: AwsCliEnvironment = {
    send: (operation, body) => kms.handle(`TrentService.${operation}`, body),
    readFile: (path) => files[path],
    utcOffsetMinutes: () => 0,
  }
  return (line: string) => runAws(words(line).slice(1), env)
}

/** The CLI against a stub returning the wire bodies the reference's stub returned. */
function stubCli(replies: Record<string, string>) {
  const sent: { operation: string; body: unknown }[] = []
  const env: AwsCliEnvironment = {
    send: (operation, body) => {
      sent.push({ operation, body: JSON.parse(body) })
      return Promise.resolve({ status: 200, body: replies[operation] ?? '' })
    },
    readFile: () => new TextEncoder().encode('Hello, KMS!'),
    utcOffsetMinutes: () => 0,
  }
  return { sent, run: (line: string) => runAws(words(line).slice(1), env) }
}

const ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
// Wire order differs from the model order on purpose: the CLI reorders by the model.
const CREATE_KEY_WIRE = JSON.stringify({
  KeyMetadata: {
    KeyId: KEY_ID,
    AWSAccountId: '111122223333',
    Arn: ARN,
    CreationDate: 1764845462.345,
    Enabled: true,
    Description: 'demo',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
    CurrentKeyMaterialId: '0b7fd7ddbac6eef27907413567cad8c810e2883dc8a7534067a82ee1142fc1e6',
    SomethingNew: 'dropped',
  },
})

describe('runAws prints the reference bytes (aws-cli.md §4.6)', () => {
  it.each(['json', 'text', 'table'])('create-key --output %s', async (output) => {
    const cli = stubCli({ CreateKey: CREATE_KEY_WIRE })
    const command = `create-key --description demo --output ${output}`
    expect(await cli.run(`aws kms ${command}`)).toEqual({
      stdout: REFERENCE_OUTPUTS[command],
      stderr: '',
      exitCode: 0,
    })
    expect(cli.sent).toEqual([{ operation: 'CreateKey', body: { Description: 'demo' } }])
  })

  it.each(['json', 'text', 'table'])('encrypt --output %s', async (output) => {
    const cli = stubCli({
      Encrypt: JSON.stringify({
        KeyId: ARN,
        CiphertextBlob: 'AQICAHghU01LICxvbGxlSA==',
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      }),
    })
    const command = `encrypt --key-id alias/demo --plaintext fileb://pt.txt --output ${output}`
    expect((await cli.run(`aws kms ${command}`)).stdout).toBe(REFERENCE_OUTPUTS[command])
    expect(cli.sent[0]!.body).toEqual({ KeyId: 'alias/demo', Plaintext: 'SGVsbG8sIEtNUyE=' })
  })

  it.each(['json', 'text', 'table'])(
    'list-keys --output %s (all pages aggregated)',
    async (output) => {
      const key = (id: string) => ({
        KeyArn: `arn:aws:kms:us-east-1:111122223333:key/${id}`,
        KeyId: id,
      })
      let call = 0
      const env: AwsCliEnvironment = {
        send: () => {
          call += 1
          const body =
            call === 1
              ? { Keys: [key(KEY_ID)], NextMarker: '1', Truncated: true }
              : { Keys: [key('1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d')], Truncated: false }
          return Promise.resolve({ status: 200, body: JSON.stringify(body) })
        },
        readFile: () => undefined,
        utcOffsetMinutes: () => 0,
      }
      const result = await runAws(['kms', 'list-keys', '--output', output], env)
      expect(result.stdout).toBe(REFERENCE_OUTPUTS[`list-keys --output ${output}`])
      expect(call).toBe(2)
    },
  )
})

describe('runAws errors (aws-cli.md §6.2, current CLI)', () => {
  it('a missing required flag is the argparse error, rc 252', async () => {
    const aws = simulatorCli()
    expect(await aws('aws kms encrypt')).toEqual({
      stdout: '',
      stderr: `\naws: [ERROR]: An error occurred (ParamValidation): the following arguments are required: --key-id, --plaintext\n\n${USAGE}`,
      exitCode: 252,
    })
  })

  it('a plaintext that is not base64 is Invalid base64, rc 255', async () => {
    const aws = simulatorCli()
    expect(await aws('aws kms encrypt --key-id alias/x --plaintext hello')).toEqual({
      stdout: '',
      stderr: '\naws: [ERROR]: Invalid base64: "hello"\n',
      exitCode: 255,
    })
  })

  it('leftover words are Unknown options', async () => {
    const aws = simulatorCli()
    expect(await aws('aws kms describe-key --key-id X --foo bar')).toEqual({
      stdout: '',
      stderr: `\n${USAGE}\n\naws: [ERROR]: Unknown options: --foo, bar\n`,
      exitCode: 252,
    })
  })

  it('a service error is one line, rc 254', async () => {
    const aws = simulatorCli()
    const result = await aws(`aws kms describe-key --key-id ${KEY_ID}`)
    expect(result).toEqual({
      stdout: '',
      stderr: `\naws: [ERROR]: An error occurred (NotFoundException) when calling the DescribeKey operation: Key '${ARN}' does not exist\n`,
      exitCode: 254,
    })
  })

  it('an invalid subcommand suggests the close one', async () => {
    const aws = simulatorCli()
    expect((await aws('aws kms describe-keys')).stderr).toBe(
      `\naws: [ERROR]: An error occurred (ParamValidation): argument operation: Found invalid choice 'describe-keys'\n\nMaybe you meant:\n\n  * describe-key\n\n${USAGE}`,
    )
    expect((await aws('aws kms foo')).stderr).toBe(
      `\naws: [ERROR]: An error occurred (ParamValidation): argument operation: Found invalid choice 'foo'\n\n\n${USAGE}`,
    )
  })

  it('validation, int() and --query errors', async () => {
    const aws = simulatorCli()
    expect(await aws('aws kms generate-random --number-of-bytes 0')).toEqual({
      stdout: '',
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid value for parameter NumberOfBytes, value: 0, valid min value: 1\n',
      exitCode: 252,
    })
    expect(await aws('aws kms generate-random --number-of-bytes eight')).toEqual({
      stdout: '',
      stderr: "\naws: [ERROR]: invalid literal for int() with base 10: 'eight'\n",
      exitCode: 255,
    })
    expect(await aws("aws kms list-keys --query 'Keys[?'")).toEqual({
      stdout: '',
      stderr:
        '\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --query Keys[?: Invalid jmespath expression: Incomplete expression:\n"Keys[?"\n       ^\n',
      exitCode: 252,
    })
    expect((await aws('aws kms encrypt --key-id k --plaintext fileb://nope.bin')).stderr).toBe(
      "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--plaintext': Unable to load paramfile fileb://nope.bin: [Errno 2] No such file or directory: 'nope.bin'\n",
    )
    expect((await aws('aws kms list-keys --no-paginate --max-items 1')).stderr).toBe(
      '\naws: [ERROR]: An error occurred (ParamValidation): Cannot specify --no-paginate along with pagination arguments: --max-items\n',
    )
  })
})

describe('runAws against the simulator', () => {
  it('encrypts and decrypts through --query text output, by unique prefix and =', async () => {
    const aws = simulatorCli()
    const created = await aws('aws kms create-key --query KeyMetadata.KeyId --output text')
    expect(created.exitCode).toBe(0)
    const keyId = created.stdout.trim()
    expect(
      (await aws(`aws kms create-alias --alias-name alias/demo --target-key-id ${keyId}`)).stdout,
    ).toBe('')
    const encrypted = await aws(
      'aws kms encrypt --key alias/demo --plaintext=SGVsbG8= --query CiphertextBlob --output text',
    )
    expect(encrypted.exitCode).toBe(0)
    const decrypted = await aws(
      `aws kms decrypt --ciphertext-blob ${encrypted.stdout.trim()} --query Plaintext --output text`,
    )
    expect(decrypted).toEqual({ stdout: 'SGVsbG8=\n', stderr: '', exitCode: 0 })

    expect((await aws(`aws kms disable-key --key-id ${keyId}`)).stdout).toBe('')
    const refused = await aws(`aws kms decrypt --ciphertext-blob ${encrypted.stdout.trim()}`)
    expect(refused).toEqual({
      stdout: '',
      stderr: `\naws: [ERROR]: An error occurred (DisabledException) when calling the Decrypt operation: arn:aws:kms:us-east-1:111122223333:key/${keyId} is disabled.\n`,
      exitCode: 254,
    })
  })

  it('sends a boolean pair, a map in shorthand and a list as words', async () => {
    const cli = stubCli({})
    await cli.run(
      'aws kms encrypt --key-id k --plaintext AA== --encryption-context purpose=test,dept=IT --grant-tokens a b --no-dry-run',
    )
    expect(cli.sent[0]!.body).toEqual({
      KeyId: 'k',
      Plaintext: 'AA==',
      EncryptionContext: { purpose: 'test', dept: 'IT' },
      GrantTokens: ['a', 'b'],
      DryRun: false,
    })
    await cli.run(`aws kms encrypt --key-id k --plaintext AA== --encryption-context '{"a":"b"}'`)
    expect(cli.sent[1]!.body).toMatchObject({ EncryptionContext: { a: 'b' } })
  })

  it('sends a timestamp (--valid-to) as epoch seconds, from ISO 8601 or seconds', async () => {
    const cli = stubCli({})
    const line = (validTo: string) =>
      `aws kms import-key-material --key-id k --import-token fileb://t --encrypted-key-material fileb://m --expiration-model KEY_MATERIAL_EXPIRES --valid-to ${validTo}`
    await cli.run(line('2026-02-01T00:00:00Z'))
    await cli.run(line('2026-02-01T00:00:00'))
    await cli.run(line('1769904000'))
    expect(cli.sent.map((s) => (s.body as { ValidTo: unknown }).ValidTo)).toEqual([
      1769904000, 1769904000, 1769904000,
    ])
    const bad = await cli.run(line('tomorrow'))
    expect(bad.stderr).toMatch(/Invalid timestamp value: 'tomorrow'/)
  })

  it('rotation: enable with a period, status, on demand, list', async () => {
    const aws = simulatorCli()
    const keyId = (
      await aws('aws kms create-key --query KeyMetadata.KeyId --output text')
    ).stdout.trim()
    expect(
      await aws(`aws kms enable-key-rotation --key-id ${keyId} --rotation-period-in-days 180`),
    ).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    })
    const status = await aws(`aws kms get-key-rotation-status --key-id ${keyId} --output text`)
    expect(status.stdout).toMatch(/^arn:aws:kms:\S+\tTrue\t2026-06-30T00:00:00\+00:00\t180\n$/)
    expect((await aws(`aws kms rotate-key-on-demand --key-id ${keyId}`)).stdout).toBe(
      `{\n    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/${keyId}"\n}\n`,
    )
    const rotations = await aws(
      `aws kms list-key-rotations --key-id ${keyId} --query 'length(Rotations)'`,
    )
    expect(rotations.stdout).toBe('1\n')
  })
})
