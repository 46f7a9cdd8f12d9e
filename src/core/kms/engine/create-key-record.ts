import type { KeyRecord } from '../key-record.ts'
import { keyArnOf, type EngineContext } from './engine-context.ts'
import { generateKeyMaterial } from './generate-key-material.ts'

/** What differs between new keys: customer managed (CreateKey) or AWS managed (first use). */
export type NewKeyFields = Pick<
  KeyRecord,
  | 'keyId'
  | 'creationDate'
  | 'description'
  | 'keySpec'
  | 'keyUsage'
  | 'keyManager'
  | 'policy'
  | 'tags'
  | 'rotation'
  | 'multiRegion'
>

/**
 * Stores a new Enabled key of this account and Region, with fresh non-extractable material of its
 * key spec, and returns its record. The one place a KeyRecord is made from nothing: CreateKey and
 * the AWS managed keys both come here.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys
 */
export async function createKeyRecord(
  ctx: EngineContext,
  fields: NewKeyFields,
): Promise<KeyRecord> {
  const key: KeyRecord = {
    ...fields,
    arn: keyArnOf(ctx, fields.keyId),
    accountId: ctx.accountId,
    region: ctx.region,
    origin: 'AWS_KMS',
    state: 'Enabled',
    material: await generateKeyMaterial(
      ctx.random,
      fields.keySpec,
      fields.keyUsage,
      fields.creationDate,
    ),
  }
  await ctx.store.keys.put(key.keyId, key)
  return key
}
