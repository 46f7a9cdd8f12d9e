import { beforeEach, expect, it } from 'vitest'
import { runAws, type AwsCliEnvironment } from '@/core/cli/run-aws.ts'
import { shellWords } from '@/core/cli/shell-words.ts'
import { toCliCommand } from '@/core/cli/to-cli-command.ts'
import { createKms } from '@/core/kms/index.ts'
import {
  cancelKeyDeletion,
  createAlias,
  deleteAlias,
  moveAlias,
  scheduleKeyDeletion,
  tagKey,
  untagKey,
} from './sandbox-key-actions.ts'
import {
  disableKeyRotation,
  enableKeyRotation,
  rotateKeyOnDemand,
} from './sandbox-rotation-actions.ts'
import {
  connectSandboxStore,
  createKey,
  decryptBase64,
  encryptText,
  setKeyEnabled,
  useSandboxStore,
} from './sandbox-store.ts'

const T0 = Date.UTC(2026, 10, 29)

beforeEach(async () => {
  await connectSandboxStore(createKms({ now: () => T0 }))
})

/**
 * The console's last action as its AWS CLI command (what the console shows), run by the CLI
 * panel's shell and `aws` against a stub that keeps the request: the CLI must send exactly the
 * request the console sent.
 */
async function expectCliSendsTheSameRequest(): Promise<string> {
  const exchange = useSandboxStore.getState().lastExchange!
  const line = toCliCommand(exchange.operation, exchange.request)!
  const parsed = shellWords(line)
  if (!parsed.ok) throw new Error(parsed.message)
  const sent: { operation: string; body: unknown }[] = []
  const env: AwsCliEnvironment = {
    send: (operation, body) => {
      sent.push({ operation, body: JSON.parse(body) })
      return Promise.resolve({ status: 200, body: '{}' })
    },
    readFile: () => undefined,
    utcOffsetMinutes: () => 0,
  }
  const words = parsed.tokens.map((t) => t.text)
  expect(await runAws(words.slice(1), env)).toMatchObject({ stderr: '', exitCode: 0 })
  expect(sent).toEqual([{ operation: exchange.operation, body: exchange.request }])
  return line
}

it('every action of the sandbox console is one AWS CLI command that sends the same request', async () => {
  const seen = new Set<string>()
  const check = async () => {
    seen.add(useSandboxStore.getState().lastExchange!.operation)
    return expectCliSendsTheSameRequest()
  }

  const created = await createKey({
    description: "Bob's orders key",
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!created.ok) throw new Error(created.error.message)
  const keyId = created.value.KeyId
  expect(await check()).toBe(
    `aws kms create-key --description 'Bob'\\''s orders key' --key-usage ENCRYPT_DECRYPT --key-spec SYMMETRIC_DEFAULT`,
  )
  const other = await createKey({
    description: '',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!other.ok) throw new Error(other.error.message)
  await check()

  await createAlias('alias/orders', keyId)
  await check()
  await moveAlias('alias/orders', other.value.KeyId)
  await check()
  await deleteAlias('alias/orders')
  await check()
  await tagKey(keyId, { TagKey: 'Project', TagValue: 'Blue sky' })
  await check()
  await untagKey(keyId, 'Project')
  await check()

  const blob = await encryptText(keyId, 'Hello, KMS!', { table: 'orders' })
  if (!blob.ok) throw new Error(blob.error.message)
  expect(await check()).toBe(
    `aws kms encrypt --key-id ${keyId} --plaintext SGVsbG8sIEtNUyE= --encryption-context '{"table":"orders"}'`,
  )
  await decryptBase64(blob.value, { table: 'orders' })
  await check()
  await encryptText(keyId, 'no context', {})
  await check()

  await enableKeyRotation(keyId, 180)
  await check()
  await rotateKeyOnDemand(keyId)
  await check()
  await disableKeyRotation(keyId)
  await check()
  await setKeyEnabled(keyId, false)
  await check()
  // A refused action still shows its command: the CLI gets the same answer (DisabledException).
  await encryptText(keyId, 'refused', {})
  expect(useSandboxStore.getState().lastExchange!.status).toBe(400)
  await check()
  await setKeyEnabled(keyId, true)
  await check()
  await scheduleKeyDeletion(keyId, 7)
  await check()
  await cancelKeyDeletion(keyId)
  await check()

  // Every operation the console records (grep recordedCall in src/stores).
  expect([...seen].sort()).toEqual([
    'CancelKeyDeletion',
    'CreateAlias',
    'CreateKey',
    'Decrypt',
    'DeleteAlias',
    'DisableKey',
    'DisableKeyRotation',
    'EnableKey',
    'EnableKeyRotation',
    'Encrypt',
    'RotateKeyOnDemand',
    'ScheduleKeyDeletion',
    'TagResource',
    'UntagResource',
    'UpdateAlias',
  ])
})
