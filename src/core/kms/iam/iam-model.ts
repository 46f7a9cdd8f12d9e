import type { KmsStore } from '../store/kms-store.ts'
import type { PrincipalArn } from '../types.ts'
import {
  EntityAlreadyExistsException,
  IamMalformedPolicyDocumentException,
  IamValidationError,
  NoSuchEntityException,
} from './iam-errors.ts'
import type { PrincipalKind, PrincipalRecord } from './principal-record.ts'
import { parsePolicyDocument } from '../policy/policy-document.ts'

/**
 * A small IAM: users and roles of the simulated account, each with inline identity policies.
 * The account root exists implicitly and is always allowed by IAM.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html
 */
export interface IamModel {
  createUser(name: string): Promise<PrincipalRecord>
  createRole(name: string): Promise<PrincipalRecord>
  deletePrincipal(principalArn: string): Promise<void>
  /** Adds or replaces an inline identity policy (JSON text). */
  putPrincipalPolicy(principalArn: string, policyName: string, policyJson: string): Promise<void>
  deletePrincipalPolicy(principalArn: string, policyName: string): Promise<void>
  getPrincipal(principalArn: string): Promise<PrincipalRecord | undefined>
  listPrincipals(): Promise<PrincipalRecord[]>
}

const NAME = /^[\w+=,.@-]{1,64}$/
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/

export function createIamModel(store: KmsStore, accountId: string, now: () => number): IamModel {
  async function create(kind: PrincipalKind, name: string): Promise<PrincipalRecord> {
    if (!NAME.test(name)) {
      throw new IamValidationError(`The specified value for ${kind}Name is invalid: ${name}`)
    }
    const arn = `arn:aws:iam::${accountId}:${kind}/${name}` as PrincipalArn
    if ((await store.principals.get(arn)) !== undefined) {
      throw new EntityAlreadyExistsException(
        `${kind === 'user' ? 'User' : 'Role'} with name ${name} already exists.`,
      )
    }
    const record: PrincipalRecord = { arn, kind, name, createdAt: now(), policies: {} }
    await store.principals.put(arn, record)
    return record
  }

  async function existing(principalArn: string): Promise<PrincipalRecord> {
    const record = await store.principals.get(principalArn)
    if (record === undefined) {
      throw new NoSuchEntityException(`The principal ${principalArn} cannot be found.`)
    }
    return record
  }

  return {
    createUser: (name) => create('user', name),
    createRole: (name) => create('role', name),
    async deletePrincipal(principalArn) {
      await existing(principalArn)
      await store.principals.delete(principalArn)
    },
    async putPrincipalPolicy(principalArn, policyName, policyJson) {
      const record = await existing(principalArn)
      if (!POLICY_NAME.test(policyName)) {
        throw new IamValidationError(`The specified value for policyName is invalid: ${policyName}`)
      }
      const parsed = parsePolicyDocument(policyJson, 'identity')
      if (!parsed.ok) throw new IamMalformedPolicyDocumentException(parsed.message)
      await store.principals.put(principalArn, {
        ...record,
        policies: { ...record.policies, [policyName]: policyJson },
      })
    },
    async deletePrincipalPolicy(principalArn, policyName) {
      const record = await existing(principalArn)
      // An own member: `in` would also find `constructor`, `__proto__`, … on Object.prototype.
      if (!Object.hasOwn(record.policies, policyName)) {
        throw new NoSuchEntityException(
          `The policy ${policyName} of ${principalArn} cannot be found.`,
        )
      }
      const { [policyName]: _removed, ...policies } = record.policies
      await store.principals.put(principalArn, { ...record, policies })
    },
    getPrincipal: (principalArn) => store.principals.get(principalArn),
    listPrincipals: async () =>
      (await store.principals.list()).sort((a, b) => a.arn.localeCompare(b.arn)),
  }
}
