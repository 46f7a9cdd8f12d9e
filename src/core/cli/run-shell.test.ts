import { describe, expect, it } from 'vitest'
import { createTestKms } from '../kms/testing/test-kms.ts'
import { runShellLine, type ShellEnvironment } from './run-shell.ts'

function shell() {
  const { kms } = createTestKms()
  const files = new Map<string, Uint8Array>()
  const env: ShellEnvironment = {
    send: (operation, body) => kms.handle(`TrentService.${operation}`, body),
    utcOffsetMinutes: () => 0,
    folder: {
      read: (name) => files.get(name),
      write: (name, bytes) => void files.set(name, bytes),
      remove: (name) => files.delete(name),
      list: () => [...files.keys()],
    },
  }
  let last = 0
  return async (line: string) => {
    const result = await runShellLine(line, last, env)
    last = result.exitCode
    return { ...result, stdout: new TextDecoder().decode(result.stdout) }
  }
}

describe('runShellLine', () => {
  it("runs AWS's encrypt-to-file and decrypt-from-file example", async () => {
    const sh = shell()
    const keyId = (
      await sh('aws kms create-key --query KeyMetadata.KeyId --output text')
    ).stdout.trim()
    await sh('echo -n "Hello, KMS!" > pt.txt')
    const encrypt = await sh(
      `aws kms encrypt \\\n    --key-id ${keyId} \\\n    --plaintext fileb://pt.txt \\\n    --output text \\\n    --query CiphertextBlob | base64 \\\n    --decode > secret.enc`,
    )
    expect(encrypt).toEqual({ stdout: '', stderr: '', exitCode: 0 })
    expect((await sh('ls')).stdout).toBe('pt.txt\nsecret.enc\n')
    const decrypt = await sh(
      'aws kms decrypt --ciphertext-blob fileb://secret.enc --output text --query Plaintext | base64 --decode',
    )
    expect(decrypt.stdout).toBe('Hello, KMS!')
  })

  it('echo $? prints the last exit code', async () => {
    const sh = shell()
    await sh('aws kms encrypt --key-id k --plaintext hello')
    expect((await sh('echo $?')).stdout).toBe('255\n')
    expect((await sh('echo $?')).stdout).toBe('0\n')
  })

  it('reports an unknown command as bash does', async () => {
    expect(await shell()('openssl enc')).toEqual({
      stdout: '',
      stderr: 'bash: openssl: command not found\n',
      exitCode: 127,
    })
  })
})

describe('command substitution', () => {
  it('--plaintext $(echo -n hello | base64) encrypts the bytes of hello', async () => {
    const sh = shell()
    const keyId = (
      await sh('aws kms create-key --query KeyMetadata.KeyId --output text')
    ).stdout.trim()
    const blob = await sh(
      `aws kms encrypt --key-id ${keyId} --plaintext $(echo -n hello | base64) --query CiphertextBlob --output text`,
    )
    expect(blob.exitCode).toBe(0)
    const plain = await sh(
      `aws kms decrypt --ciphertext-blob "$(echo ${blob.stdout.trim()})" --query Plaintext --output text | base64 --decode`,
    )
    expect(plain.stdout).toBe('hello')
  })
})
