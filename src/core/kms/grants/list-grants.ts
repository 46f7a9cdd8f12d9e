import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import type { GrantConstraints, GrantOperation, GrantRecord } from '../grant-record.ts'
import type { KeyArn } from '../types.ts'
import { required } from '../validation/shape.ts'
import { keyIdMember, limitMember, markerMember } from '../operations/common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from '../operations/paginate.ts'
import { assertGrantId } from './find-grant.ts'
import { grantIdMember, principalMember } from './grant-members.ts'

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantListEntry.html */
export interface GrantListEntry {
  KeyId: KeyArn
  GrantId: string
  Name?: string
  CreationDate: Date
  GranteePrincipal: string
  RetiringPrincipal?: string
  IssuingAccount: string
  Operations: GrantOperation[]
  Constraints?: GrantConstraints
}

export interface ListGrantsOutput extends PagingMembers {
  Grants: GrantListEntry[]
}

/**
 * The grants of one key (key id or key ARN), optionally one grant or one grantee's. Limit 1–100,
 * default 50. Works in every key state.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html
 */
export const listGrants = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    Limit: limitMember(100),
    Marker: markerMember(),
    GrantId: grantIdMember(),
    GranteePrincipal: principalMember(),
  },
  async run(rc, input): Promise<ListGrantsOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:ListGrants', key, {
      ...(input.GranteePrincipal === undefined
        ? {}
        : { 'kms:GranteePrincipal': input.GranteePrincipal }),
    })
    if (input.GrantId !== undefined) assertGrantId(input.GrantId)
    const grants = (await rc.store.grants.list()).filter(
      (g) =>
        g.keyId === key.keyId &&
        (input.GrantId === undefined || g.grantId === input.GrantId) &&
        (input.GranteePrincipal === undefined || g.granteePrincipal === input.GranteePrincipal),
    )
    return grantPage(grants, input.Limit, input.Marker)
  },
})

/**
 * The grants a principal may retire, on every key of the account. An IAM-only action
 * (`kms:ListRetirableGrants` on `*`). Limit 1–100, default 50.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html
 */
export const listRetirableGrants = defineOperation({
  input: {
    RetiringPrincipal: required(principalMember()),
    Limit: limitMember(100),
    Marker: markerMember(),
  },
  async run(rc, input): Promise<ListGrantsOutput> {
    await rc.authorize('kms:ListRetirableGrants', undefined)
    const grants = (await rc.store.grants.list()).filter(
      (g) => g.retiringPrincipal === input.RetiringPrincipal,
    )
    return grantPage(grants, input.Limit, input.Marker)
  },
})

/** Oldest first, then by id (the marker names the last one returned). */
function grantPage(
  grants: readonly GrantRecord[],
  limit: number | undefined,
  marker: string | undefined,
): ListGrantsOutput {
  const sortKey = (g: GrantRecord) => `${g.creationDate.toString().padStart(16, '0')}:${g.grantId}`
  const page = paginate(grants, sortKey, limit ?? 50, marker)
  return { Grants: page.items.map(entryOf), ...pagingMembers(page) }
}

function entryOf(grant: GrantRecord): GrantListEntry {
  return {
    KeyId: grant.keyArn,
    GrantId: grant.grantId,
    ...(grant.name === undefined ? {} : { Name: grant.name }),
    CreationDate: new Date(grant.creationDate),
    GranteePrincipal: grant.granteePrincipal,
    ...(grant.retiringPrincipal === undefined
      ? {}
      : { RetiringPrincipal: grant.retiringPrincipal }),
    IssuingAccount: grant.issuingAccount,
    Operations: [...grant.operations],
    ...(grant.constraints === undefined ? {} : { Constraints: grant.constraints }),
  }
}
