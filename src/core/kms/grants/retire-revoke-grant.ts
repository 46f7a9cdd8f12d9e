import { accessDeniedMessageFor } from './grant-denied.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { AccessDeniedException, DryRunOperationException, ValidationException } from '../errors.ts'
import type { GrantRecord } from '../grant-record.ts'
import type { KeyRecord } from '../key-record.ts'
import { required } from '../validation/shape.ts'
import { dryRunMember, keyIdMember } from '../operations/common-members.ts'
import { findGrant } from './find-grant.ts'
import { grantIdMember, grantTokenMember } from './grant-members.ts'
import { readGrantToken } from './grant-token.ts'

/**
 * Deletes a grant, named by its grant token or by KeyId and GrantId together. The grant decides
 * who may: its retiring principal, its grantee if it allows RetireGrant, and the account it was
 * created in (its root); no key policy is asked. Works in every key state.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html
 */
export const retireGrant = defineOperation({
  input: {
    GrantToken: grantTokenMember(),
    KeyId: keyIdMember(),
    GrantId: grantIdMember(),
    DryRun: dryRunMember(),
  },
  async run(rc, input): Promise<void> {
    let keyId: string
    let grantId: string
    if (input.GrantToken !== undefined) {
      ;({ keyArn: keyId, grantId } = readGrantToken(input.GrantToken))
    } else if (input.KeyId !== undefined && input.GrantId !== undefined) {
      keyId = input.KeyId
      grantId = input.GrantId
    } else {
      throw new ValidationException(
        'Either GrantToken, or both KeyId and GrantId, must be specified.',
      )
    }
    const key = await resolveKey(rc, keyId, { allowAlias: false })
    const grant = await findGrant(rc, key, grantId)
    if (!mayRetire(rc.caller, grant)) {
      throw new AccessDeniedException(
        accessDeniedMessageFor(rc.caller, 'kms:RetireGrant', key.arn),
        `${rc.caller} is neither the grant's retiring principal, nor its grantee with RetireGrant among its operations, nor the root of the account that created it.`,
      )
    }
    await deleteGrant(rc.store.grants, grant, input.DryRun)
  },
})

/**
 * Deletes a grant of a key (key id or key ARN): authorized by `kms:RevokeGrant` in the key policy
 * (and IAM). Works in every key state.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html
 */
export const revokeGrant = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    GrantId: required(grantIdMember()),
    DryRun: dryRunMember(),
  },
  async run(rc, input): Promise<void> {
    const key: KeyRecord = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:RevokeGrant', key)
    const grant = await findGrant(rc, key, input.GrantId)
    await deleteGrant(rc.store.grants, grant, input.DryRun)
  },
})

function mayRetire(caller: string, grant: GrantRecord): boolean {
  return (
    caller === grant.retiringPrincipal ||
    (caller === grant.granteePrincipal && grant.operations.includes('RetireGrant')) ||
    caller === grant.issuingAccount
  )
}

async function deleteGrant(
  grants: { delete(id: string): Promise<void> },
  grant: GrantRecord,
  dryRun: boolean | undefined,
): Promise<void> {
  if (dryRun === true) throw new DryRunOperationException()
  await grants.delete(grant.grantId)
}
