import { beforeEach, describe, expect, it } from 'vitest'
import { consoleKeyPolicyText, createKms, type Kms, type OperationInput } from '@/core/kms/index.ts'
import { createIdentity } from './sandbox-identities.ts'
import { createKeyWithAlias, sandboxAccountId } from './sandbox-key-wizard.ts'
import { connectSandboxStore, useSandboxStore } from './sandbox-store.ts'

let kms: Kms

beforeEach(async () => {
  kms = createKms({ now: () => Date.UTC(2026, 10, 29) })
  await connectSandboxStore(kms)
})

describe('the create-key wizard’s calls', () => {
  it('creates the key with its tags and policy in one CreateKey, then its alias', async () => {
    await createIdentity('user', 'alice')
    const Policy = consoleKeyPolicyText({
      accountId: sandboxAccountId(),
      keySpec: 'HMAC_256',
      keyUsage: 'GENERATE_VERIFY_MAC',
      administrators: [],
      users: ['arn:aws:iam::111122223333:user/alice'],
      administratorsMayDelete: true,
    })
    const request: OperationInput<'CreateKey'> = {
      Description: 'Webhooks',
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
      Tags: [{ TagKey: 'team', TagValue: 'payments' }],
      Policy,
    }
    const created = await createKeyWithAlias(request, 'alias/webhooks')
    if (!created.key.ok) throw new Error(created.key.error.message)
    const KeyId = created.key.value.KeyId
    expect(created.alias).toEqual({ ok: true, value: undefined })
    expect(useSandboxStore.getState().aliases).toMatchObject([
      { AliasName: 'alias/webhooks', TargetKeyId: KeyId },
    ])
    expect((await kms.call('ListResourceTags', { KeyId })).Tags).toEqual(request.Tags)
    expect((await kms.call('GetKeyPolicy', { KeyId })).Policy).toBe(Policy)
    expect(useSandboxStore.getState().lastExchange?.operation).toBe('CreateAlias')
  })

  it('says the key exists when its alias is refused, and creates no key on a CreateKey error', async () => {
    const refused = await createKeyWithAlias({ Description: 'k' }, 'orders')
    expect(refused.key.ok).toBe(true)
    expect(refused.alias).toMatchObject({ ok: false, error: { name: 'ValidationException' } })
    const failed = await createKeyWithAlias(
      { Description: 'k', Tags: [{ TagKey: 'aws:x', TagValue: '' }] },
      'alias/never',
    )
    expect(failed).toMatchObject({ key: { ok: false, error: { name: 'TagException' } } })
    expect(failed.alias).toBeUndefined()
    expect(useSandboxStore.getState().keys).toHaveLength(1)
  })
})
