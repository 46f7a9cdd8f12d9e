import { newKeyId } from '../ids.ts'
import type { KeyRecord } from '../key-record.ts'
import { awsManagedKeyPolicyText } from '../policy-texts.ts'
import type { AliasName } from '../types.ts'
import { createKeyRecord } from './create-key-record.ts'
import { aliasArnOf, DAY_MS } from './engine-context.ts'
import type { RequestContext } from './operation.ts'

/**
 * AWS managed keys (KeyManager AWS): created in the account the first time their predefined
 * alias `alias/aws/<service>` is used; rotated every year (since May 2022), which the customer
 * cannot change; their policy, tags, state and deletion are controlled by AWS.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
 */
const AWS_MANAGED_ALIAS = /^alias\/aws\/([a-z0-9-]+)$/
export const AWS_MANAGED_ROTATION_DAYS = 365

/** Predefined aliases ListAliases shows even before their key exists (without TargetKeyId). */
export const PREDEFINED_AWS_ALIASES = [
  'alias/aws/acm',
  'alias/aws/dynamodb',
  'alias/aws/ebs',
  'alias/aws/elasticfilesystem',
  'alias/aws/es',
  'alias/aws/glue',
  'alias/aws/kinesis',
  'alias/aws/lambda',
  'alias/aws/rds',
  'alias/aws/redshift',
  'alias/aws/s3',
  'alias/aws/secretsmanager',
  'alias/aws/sns',
  'alias/aws/sqs',
  'alias/aws/ssm',
] as const

const PREDEFINED = new Set<string>(PREDEFINED_AWS_ALIASES)

/**
 * A predefined `alias/aws/<service>` alias: only these create their AWS managed key on first use;
 * any other name under `alias/aws/` is an unknown alias (NotFoundException), as in AWS.
 */
export function isAwsManagedAliasName(name: string): boolean {
  return PREDEFINED.has(name)
}

export async function ensureAwsManagedKey(
  rc: RequestContext,
  aliasName: AliasName,
): Promise<KeyRecord> {
  const service = AWS_MANAGED_ALIAS.exec(aliasName)?.[1] ?? 'aws'
  const now = rc.now()
  const keyId = newKeyId(rc.random)
  const key = await createKeyRecord(rc, {
    keyId,
    creationDate: now,
    description: `Default key that protects my ${service} data when no other key is defined`,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'AWS',
    policy: awsManagedKeyPolicyText(rc.accountId, rc.region, service),
    tags: [],
    rotation: {
      enabled: true,
      periodInDays: AWS_MANAGED_ROTATION_DAYS,
      nextRotationDate: now + AWS_MANAGED_ROTATION_DAYS * DAY_MS,
      onDemandRotations: 0,
    },
  })
  await rc.store.aliases.put(aliasName, {
    aliasName,
    aliasArn: aliasArnOf(rc, aliasName),
    targetKeyId: keyId,
    creationDate: now,
    lastUpdatedDate: now,
  })
  return key
}
