import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { assertNotPendingDeletion } from '../key-state.ts'
import { required, string } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateKeyDescription.html */
export const updateKeyDescription = defineOperation({
  input: { KeyId: required(keyIdMember()), Description: required(string({ min: 0, max: 8192 })) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:UpdateKeyDescription', key)
    assertNotPendingDeletion(key)
    await rc.store.keys.put(key.keyId, { ...key, description: input.Description })
  },
})
