// `aws kms derive-shared-secret` against the simulator: the command comes from the model like
// every other, so this pins that the panel reaches the simulator's DeriveSharedSecret and prints
// its output in the model's member order (aws-cli.md §4.1).
import { describe, expect, it } from 'vitest'
import { createTestKms } from '../kms/testing/test-kms.ts'
import { runAws, type AwsCliEnvironment } from './run-aws.ts'
import { shellWords } from './shell-words.ts'

function simulatorCli() {
  const { kms } = createTestKms()
  const env: AwsCliEnvironment = {
    send: (operation, body) => kms.handle(`TrentService.${operation}`, body),
    readFile: () => undefined,
    utcOffsetMinutes: () => 0,
  }
  return (line: string) => {
    const result = shellWords(line)
    if (!result.ok) throw new Error(result.message)
    const words = result.tokens.flatMap((t) => (t.kind === 'word' ? [t.text] : []))
    return runAws(words.slice(1), env)
  }
}

describe('aws kms derive-shared-secret', () => {
  it('derives a secret with a KEY_AGREEMENT key and prints it in model order', async () => {
    const aws = simulatorCli()
    const created = await aws(
      'aws kms create-key --key-spec ECC_NIST_P256 --key-usage KEY_AGREEMENT --query KeyMetadata.[KeyId,KeyAgreementAlgorithms[0]] --output text',
    )
    expect(created.exitCode).toBe(0)
    const [keyId, algorithm] = created.stdout.trim().split('\t')
    expect(algorithm).toBe('ECDH')
    // Its own public key is a valid peer key on the same curve.
    const publicKey = (
      await aws(`aws kms get-public-key --key-id ${keyId} --query PublicKey --output text`)
    ).stdout.trim()
    const out = await aws(
      `aws kms derive-shared-secret --key-id ${keyId} --key-agreement-algorithm ECDH --public-key ${publicKey}`,
    )
    expect(out.exitCode).toBe(0)
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`
    expect(out.stdout).toMatch(
      new RegExp(
        `^\\{\\n    "KeyId": "${arn}",\\n    "SharedSecret": "[A-Za-z0-9+/]{43}=",\\n    "KeyAgreementAlgorithm": "ECDH",\\n    "KeyOrigin": "AWS_KMS"\\n\\}\\n$`,
      ),
    )
  })

  it('a wrong usage is the service error line, rc 254', async () => {
    const aws = simulatorCli()
    const keyId = (
      await aws('aws kms create-key --query KeyMetadata.KeyId --output text')
    ).stdout.trim()
    const out = await aws(
      `aws kms derive-shared-secret --key-id ${keyId} --key-agreement-algorithm ECDH --public-key AAAA`,
    )
    expect(out).toEqual({
      stdout: '',
      stderr: `\naws: [ERROR]: An error occurred (InvalidKeyUsageException) when calling the DeriveSharedSecret operation: arn:aws:kms:us-east-1:111122223333:key/${keyId} key usage is ENCRYPT_DECRYPT which is not valid for DeriveSharedSecret.\n`,
      exitCode: 254,
    })
  })
})
