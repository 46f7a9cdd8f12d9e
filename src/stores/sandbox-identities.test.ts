import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type Kms } from '@/core/kms/index.ts'
import {
  attachSandboxCaller,
  createIdentity,
  deleteIdentity,
  putIdentityPolicy,
  setCaller,
} from './sandbox-identities.ts'
import { sendSandboxRequest } from './sandbox-store.ts'
import { connectSandboxStore, createKey, encryptText, useSandboxStore } from './sandbox-store.ts'

const symmetric = { keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT' } as const
const ALLOW_ENCRYPT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }],
})
let kms: Kms
let saved: (string | undefined)[]

beforeEach(async () => {
  saved = []
  attachSandboxCaller(undefined, (caller) => {
    saved.push(caller)
    return Promise.resolve()
  })
  kms = createKms({ now: () => Date.UTC(2026, 10, 29) })
  await connectSandboxStore(kms)
})

async function keyWithPolicy(policy?: string): Promise<string> {
  const key = await createKey({ description: '', ...symmetric })
  if (!key.ok) throw new Error(key.error.message)
  if (policy !== undefined) {
    await kms.call('PutKeyPolicy', {
      KeyId: key.value.KeyId,
      PolicyName: 'default',
      Policy: policy,
    })
  }
  return key.value.KeyId
}

describe('sandbox identities and "Calling as"', () => {
  it('lists the users and roles created, and keeps the chosen caller', async () => {
    const user = await createIdentity('user', 'alice')
    expect(user.ok).toBe(true)
    expect(await createIdentity('role', 'auditor')).toMatchObject({ ok: true })
    expect(useSandboxStore.getState().principals.map((p) => p.name)).toEqual(['auditor', 'alice'])
    expect(await createIdentity('user', 'alice')).toMatchObject({
      ok: false,
      error: { name: 'EntityAlreadyExistsException' },
    })
    await setCaller(kms.rootArn.replace('root', 'user/alice'))
    expect(saved).toEqual(['arn:aws:iam::111122223333:user/alice'])
  })

  it('refuses an identity policy that is not valid, with IAM’s error', async () => {
    await createIdentity('user', 'alice')
    const arn = useSandboxStore.getState().principals[0]!.arn
    expect(await putIdentityPolicy(arn, 'p', '{"Statement": []}')).toMatchObject({
      ok: false,
      error: { name: 'MalformedPolicyDocument', message: expect.stringMatching(/empty/) },
    })
  })

  it('calls as the chosen identity: denied under the default policy until a policy allows it', async () => {
    const keyId = await keyWithPolicy()
    await createIdentity('user', 'alice')
    const arn = useSandboxStore.getState().principals[0]!.arn
    await setCaller(arn)
    const denied = await encryptText(keyId, 'x', {})
    expect(denied).toMatchObject({ ok: false, error: { name: 'AccessDeniedException' } })
    if (denied.ok) return
    expect(denied.error.explanation?.why).toMatch(
      /key policy delegates to IAM, but no identity policy of .*user\/alice allows kms:Encrypt.*what is missing is the user’s identity policy/,
    )
    expect(denied.error.explanation?.fix).toMatch(/attach to the caller an identity policy/)
    // The CLI panel calls as the same identity.
    const cli = await sendSandboxRequest(
      'Encrypt',
      JSON.stringify({ KeyId: keyId, Plaintext: 'eA==' }),
    )
    expect(cli.body).toMatch(/AccessDeniedException/)
    expect((await putIdentityPolicy(arn, 'encrypt', ALLOW_ENCRYPT)).ok).toBe(true)
    expect(await encryptText(keyId, 'x', {})).toMatchObject({ ok: true })
  })

  it('says the identity policy is not enough when the key policy does not delegate to IAM', async () => {
    const root = kms.rootArn
    const keyId = await keyWithPolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'AdminsOnly',
            Effect: 'Allow',
            Principal: { AWS: root },
            Action: ['kms:PutKeyPolicy', 'kms:GetKeyPolicy', 'kms:DescribeKey'],
            Resource: '*',
          },
        ],
      }),
    )
    await createIdentity('user', 'alice')
    const arn = useSandboxStore.getState().principals[0]!.arn
    await putIdentityPolicy(arn, 'encrypt', ALLOW_ENCRYPT)
    await setCaller(arn)
    const denied = await encryptText(keyId, 'x', {})
    if (denied.ok) throw new Error('allowed')
    expect(denied.error.explanation?.why).toMatch(
      /^The key policy does not delegate to IAM, so the user’s identity policy is not enough/,
    )
  })

  it('falls back to the root when the identity called as is deleted', async () => {
    await createIdentity('user', 'alice')
    const arn = useSandboxStore.getState().principals[0]!.arn
    await setCaller(arn)
    expect(await deleteIdentity(arn)).toMatchObject({ ok: true })
    expect(useSandboxStore.getState()).toMatchObject({ caller: undefined, principals: [] })
    expect(saved.at(-1)).toBeUndefined()
  })
})
