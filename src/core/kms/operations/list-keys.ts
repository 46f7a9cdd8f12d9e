import { defineOperation } from '../engine/operation.ts'
import type { KeyArn, KeyId } from '../types.ts'
import { limitMember, markerMember } from './common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from './paginate.ts'

export interface ListKeysOutput extends PagingMembers {
  Keys: { KeyId: KeyId; KeyArn: KeyArn }[]
}

/**
 * Every key of the account and Region, PendingDeletion and AWS managed keys included.
 * An IAM-only action: no key policy is involved.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html
 */
export const listKeys = defineOperation({
  input: { Limit: limitMember(1000), Marker: markerMember() },
  async run(rc, input): Promise<ListKeysOutput> {
    await rc.authorize('kms:ListKeys', undefined)
    const keys = await rc.store.keys.list()
    const page = paginate(keys, (k) => k.keyId, input.Limit ?? 100, input.Marker)
    return {
      Keys: page.items.map((k) => ({ KeyId: k.keyId, KeyArn: k.arn })),
      ...pagingMembers(page),
    }
  },
})
