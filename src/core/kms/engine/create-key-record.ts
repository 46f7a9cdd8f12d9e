import type { KeyRecord } from '../key-record.ts'
import { absentMaterialOf } from '../import/absent-material.ts'
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
> & {
  /** Default AWS_KMS. EXTERNAL: no material yet, PendingImport (ImportKeyMaterial brings it). */
  readonly origin?: KeyRecord['origin']
}

/**
 * Stores a new Enabled key of this account and Region, with fresh non-extractable material of its
 * key spec (or, for Origin EXTERNAL, a PendingImport key without material), and returns its record. The one place a KeyRecord is made from nothing: CreateKey and
 * the AWS managed keys both come here.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys
 */
export async function createKeyRecord(
  ctx: EngineContext,
  { origin = 'AWS_KMS', ...fields }: NewKeyFields,
): Promise<KeyRecord> {
  const common = {
    ...fields,
    arn: keyArnOf(ctx, fields.keyId),
    accountId: ctx.accountId,
    region: ctx.region,
  }
  const key: KeyRecord =
    origin === 'EXTERNAL'
      ? {
          ...common,
          origin,
          state: 'PendingImport',
          material: absentMaterialOf(fields.keySpec, fields.keyUsage),
          imported: { materials: [], parameters: [] },
        }
      : {
          ...common,
          origin,
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
