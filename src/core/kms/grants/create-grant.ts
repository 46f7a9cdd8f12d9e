import { defineOperation } from '../engine/operation.ts'
import { rootArnOf } from '../engine/engine-context.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { DryRunOperationException, LimitExceededException, ValidationException } from '../errors.ts'
import type { GrantConstraints, GrantOperation, GrantRecord } from '../grant-record.ts'
import { toHex } from '../ids.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import { required } from '../validation/shape.ts'
import { dryRunMember, grantTokensMember, keyIdMember } from '../operations/common-members.ts'
import {
  grantConstraintsMember,
  grantNameMember,
  grantOperationsMember,
  principalMember,
} from './grant-members.ts'
import { assertGrantFitsKey, constraintTypesOf } from './grant-rules.ts'
import { newGrantToken } from './grant-token.ts'

export interface CreateGrantOutput {
  GrantToken: string
  GrantId: string
}

/** Grants per KMS key (AWS's quota). @see https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html */
export const GRANTS_PER_KEY = 50_000

/**
 * Adds a grant to a key (key id or key ARN, no alias). Refused on a Disabled key
 * (DisabledException) or one pending deletion (KMSInvalidStateException). With a Name, a retry
 * with the same parameters returns the same GrantId (with a new token) instead of a new grant.
 * Condition keys for the key policy: kms:GrantOperations, kms:GranteePrincipal,
 * kms:RetiringPrincipal, kms:GrantConstraintType, kms:GrantIsForAWSResource.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-operations
 */
export const createGrant = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    GranteePrincipal: required(principalMember()),
    RetiringPrincipal: principalMember(),
    Operations: required(grantOperationsMember()),
    Constraints: grantConstraintsMember(),
    GrantTokens: grantTokensMember(),
    Name: grantNameMember(),
    DryRun: dryRunMember(),
  },
  async run(rc, input): Promise<CreateGrantOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    const operations = [...new Set(input.Operations)]
    const constraints = constraintsOf(input.Constraints)
    await rc.authorize(
      'kms:CreateGrant',
      key,
      {
        'kms:GrantOperations': operations,
        'kms:GranteePrincipal': input.GranteePrincipal,
        ...(input.RetiringPrincipal === undefined
          ? {}
          : { 'kms:RetiringPrincipal': input.RetiringPrincipal }),
        ...(constraints === undefined
          ? {}
          : { 'kms:GrantConstraintType': constraintTypesOf(constraints) }),
        // Set to true by the engine when the call comes through an AWS service (viaService).
        'kms:GrantIsForAWSResource': 'false',
      },
      { constraints },
    )
    assertUsableForCrypto(key)
    if (operations.length === 0) {
      throw new ValidationException('A grant must allow at least one operation.')
    }
    assertGrantFitsKey(key, operations, constraints)
    const grants = (await rc.store.grants.list()).filter((g) => g.keyId === key.keyId)
    const candidate: Omit<GrantRecord, 'grantId' | 'creationDate'> = {
      keyId: key.keyId,
      keyArn: key.arn,
      ...(input.Name === undefined ? {} : { name: input.Name }),
      granteePrincipal: input.GranteePrincipal,
      ...(input.RetiringPrincipal === undefined
        ? {}
        : { retiringPrincipal: input.RetiringPrincipal }),
      issuingAccount: rootArnOf(rc.accountId),
      operations,
      ...(constraints === undefined ? {} : { constraints }),
    }
    const same = input.Name === undefined ? undefined : grants.find((g) => sameGrant(g, candidate))
    if (same !== undefined) {
      if (input.DryRun === true) throw new DryRunOperationException()
      return {
        GrantToken: newGrantToken(rc.random, same),
        GrantId: same.grantId,
      }
    }
    if (grants.length >= GRANTS_PER_KEY) {
      throw new LimitExceededException(
        `The request was rejected because ${key.arn} already has ${GRANTS_PER_KEY} grants, the quota of grants per KMS key.`,
      )
    }
    if (input.DryRun === true) throw new DryRunOperationException()
    const grant: GrantRecord = {
      ...candidate,
      grantId: toHex(rc.random(32)),
      creationDate: rc.now(),
    }
    await rc.store.grants.put(grant.grantId, grant)
    return { GrantToken: newGrantToken(rc.random, grant), GrantId: grant.grantId }
  },
})

/** Empty constraint members are left out, so `{}` is no constraint at all. */
function constraintsOf(
  input:
    | {
        EncryptionContextSubset?: Record<string, string>
        EncryptionContextEquals?: Record<string, string>
      }
    | undefined,
): GrantConstraints | undefined {
  if (input === undefined) return undefined
  const out: { -readonly [K in keyof GrantConstraints]: GrantConstraints[K] } = {}
  if (input.EncryptionContextEquals !== undefined)
    out.EncryptionContextEquals = { ...input.EncryptionContextEquals }
  if (input.EncryptionContextSubset !== undefined)
    out.EncryptionContextSubset = { ...input.EncryptionContextSubset }
  return Object.keys(out).length === 0 ? undefined : out
}

/** Same name, key, principals, operations (in any order) and constraints. */
function sameGrant(
  grant: GrantRecord,
  candidate: Omit<GrantRecord, 'grantId' | 'creationDate'>,
): boolean {
  return (
    grant.name === candidate.name &&
    grant.granteePrincipal === candidate.granteePrincipal &&
    grant.retiringPrincipal === candidate.retiringPrincipal &&
    sameSet(grant.operations, candidate.operations) &&
    canonical(grant.constraints) === canonical(candidate.constraints)
  )
}

function sameSet(a: readonly GrantOperation[], b: readonly GrantOperation[]): boolean {
  return a.length === b.length && a.every((op) => b.includes(op))
}

function canonical(constraints: GrantConstraints | undefined): string {
  const sorted = (map: Readonly<Record<string, string>> | undefined) =>
    map === undefined ? null : Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([
    sorted(constraints?.EncryptionContextEquals),
    sorted(constraints?.EncryptionContextSubset),
  ])
}
