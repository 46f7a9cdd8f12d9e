import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type Kms } from '@/core/kms/index.ts'
import { deleteAlias, scheduleKeyDeletion } from './sandbox-key-actions.ts'
import { connectSandboxStore, createKey, encryptText, useSandboxStore } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 10, 29)
let kms: Kms

beforeEach(async () => {
  kms = createKms({ now: () => T0 })
  await connectSandboxStore(kms)
})

async function newKey() {
  const key = await createKey({
    description: '',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!key.ok) throw new Error(key.error.message)
  return key.value
}

describe('the last request and response, as on the wire', () => {
  it('keeps the learner’s call in awsJson1_1: base64 blobs, epoch-second dates', async () => {
    const key = await newKey()
    await encryptText(key.KeyId, 'hi', { table: 'orders' })
    expect(useSandboxStore.getState().lastExchange).toMatchObject({
      operation: 'Encrypt',
      request: { KeyId: key.KeyId, Plaintext: 'aGk=', EncryptionContext: { table: 'orders' } },
      status: 200,
      response: { KeyId: key.Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' },
    })

    await scheduleKeyDeletion(key.KeyId, 7)
    expect(useSandboxStore.getState().lastExchange).toEqual({
      operation: 'ScheduleKeyDeletion',
      request: { KeyId: key.KeyId, PendingWindowInDays: 7 },
      status: 200,
      response: {
        KeyId: key.Arn,
        DeletionDate: T0 / 1000 + 7 * 86_400,
        KeyState: 'PendingDeletion',
        PendingWindowInDays: 7,
      },
    })
  })

  it('keeps an error as the wire’s body, the same the simulator sends over HTTP', async () => {
    await deleteAlias('alias/missing')
    const exchange = useSandboxStore.getState().lastExchange
    expect(exchange).toMatchObject({ operation: 'DeleteAlias', status: 400 })
    const overHttp = await kms.handle('TrentService.DeleteAlias', JSON.stringify(exchange!.request))
    expect(overHttp.status).toBe(400)
    expect(exchange!.response).toEqual(JSON.parse(overHttp.body))
  })
})
