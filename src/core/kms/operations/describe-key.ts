import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { keyMetadataOf, type KeyMetadata } from '../key-metadata.ts'
import { required } from '../validation/shape.ts'
import { grantTokensMember, keyIdMember } from './common-members.ts'

/**
 * Works in every key state; accepts aliases; creates an AWS managed key on first use of its
 * `alias/aws/<service>` alias.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html
 */
export const describeKey = defineOperation({
  input: { KeyId: required(keyIdMember()), GrantTokens: grantTokensMember() },
  async run(rc, input): Promise<{ KeyMetadata: KeyMetadata }> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    await rc.authorize('kms:DescribeKey', key)
    return { KeyMetadata: keyMetadataOf(key) }
  },
})
