import { describe, expect, it } from 'vitest'
import { createMemoryKmsStore } from '../store/memory-store.ts'
import { createTestKms, utf8 } from '../testing/test-kms.ts'

const ALICE = 'arn:aws:iam::111122223333:user/alice'

describe('grants in authorization', () => {
  it('are read only when no policy allowed the request', async () => {
    const store = createMemoryKmsStore()
    let reads = 0
    const list = store.grants.list.bind(store.grants)
    const counted = {
      ...store,
      grants: {
        ...store.grants,
        list: () => {
          reads++
          return list()
        },
      },
    }
    const { kms } = createTestKms({ store: counted })
    await kms.iam.createUser('alice')
    const { KeyMetadata } = await kms.call('CreateKey', {})
    await kms.call('CreateGrant', {
      KeyId: KeyMetadata.KeyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
    })
    reads = 0
    await kms.call('Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: utf8('root') })
    expect(reads).toBe(0)
    await kms.call('Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: utf8('alice') }, ALICE)
    expect(reads).toBe(1)
  })

  it('allow only the grantee, only the operations listed, only on the grant key', async () => {
    const { kms } = createTestKms()
    await kms.iam.createUser('alice')
    const { KeyMetadata: granted } = await kms.call('CreateKey', {})
    const { KeyMetadata: other } = await kms.call('CreateKey', {})
    await kms.call('CreateGrant', {
      KeyId: granted.KeyId,
      GranteePrincipal: ALICE,
      Operations: ['GenerateDataKey'],
    })
    const dataKey = { KeySpec: 'AES_256' as const }
    await kms.call('GenerateDataKey', { KeyId: granted.Arn, ...dataKey }, ALICE)
    await expect(
      kms.call('GenerateDataKey', { KeyId: other.Arn, ...dataKey }, ALICE),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
    await expect(
      kms.call('Encrypt', { KeyId: granted.Arn, Plaintext: utf8('x') }, ALICE),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
  })
})
