/**
 * Grants take part in authorization beside the key policy and IAM policies: a grant allows its
 * grantee the operations it lists on its key (with its encryption context constraints); it never
 * denies, so an explicit Deny in a policy still wins.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grant-authorization.html
 */
import type { EngineContext } from '../engine/engine-context.ts'
import type { ConditionValues, GrantRequest } from '../engine/operation.ts'
import { GRANT_OPERATIONS, type GrantOperation, type GrantRecord } from '../grant-record.ts'
import type { KeyRecord } from '../key-record.ts'
import { atLeastAsStrict, contextSatisfies } from './grant-rules.ts'

const CONTEXT_PREFIX = 'kms:encryptioncontext:'

/** Whether a grant of `key` allows `caller` to perform `action` (`kms:Decrypt`) in this request. */
export async function grantAllows(
  ctx: EngineContext,
  caller: string,
  action: string,
  key: KeyRecord,
  conditions: ConditionValues,
  grantRequest?: GrantRequest,
): Promise<boolean> {
  const operation = grantOperationOf(action)
  if (operation === undefined) return false
  const grants = await ctx.store.grants.list()
  return grants.some(
    (grant) =>
      grant.keyId === key.keyId &&
      grant.granteePrincipal === caller &&
      grant.operations.includes(operation) &&
      requestFits(grant, operation, conditions, grantRequest),
  )
}

function grantOperationOf(action: string): GrantOperation | undefined {
  const name = action.startsWith('kms:') ? action.slice(4) : ''
  return (GRANT_OPERATIONS as readonly string[]).includes(name)
    ? (name as GrantOperation)
    : undefined
}

function requestFits(
  grant: GrantRecord,
  operation: GrantOperation,
  conditions: ConditionValues,
  grantRequest: GrantRequest | undefined,
): boolean {
  if (operation === 'CreateGrant') {
    // A grantee may pass on no more than its grant allows, under a constraint as strict.
    const requested = listOf(conditions['kms:GrantOperations'])
    return (
      requested.every((op) => (grant.operations as readonly string[]).includes(op)) &&
      atLeastAsStrict(grantRequest?.constraints, grant.constraints)
    )
  }
  // Constraints apply only to operations with an encryption context (they carry
  // kms:EncryptionContextKeys); DescribeKey, GetPublicKey or RetireGrant ignore them.
  if (!('kms:EncryptionContextKeys' in conditions)) return true
  return contextSatisfies(grant.constraints, requestContextOf(conditions))
}

/** The request's encryption context, from its `kms:EncryptionContext:<key>` condition values. */
function requestContextOf(conditions: ConditionValues): Record<string, string> {
  const context: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [name, value] of Object.entries(conditions)) {
    if (name.toLowerCase().startsWith(CONTEXT_PREFIX) && typeof value === 'string') {
      context[name.slice(CONTEXT_PREFIX.length)] = value
    }
  }
  return context
}

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value
}
