/**
 * The policy lab's identities (issue 11, item 7): the learner's IAM users and roles with their
 * identity policies (the simulator's `kms.iam`, kept in its own store, so they survive a reload),
 * and "Calling as": the identity every console action calls as, the account root by default,
 * kept by sandbox-connection.ts beside the account.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html
 */
import { KmsError, type PrincipalKind, type PrincipalRecord } from '@/core/kms/index.ts'
import { connected, refreshKeys, useSandboxStore, type SandboxResult } from './sandbox-store.ts'

let keep: (caller: string | undefined) => Promise<void> = () => Promise.resolve()

/** Sets the caller read from storage (before the simulator connects) and where to keep it. */
export function attachSandboxCaller(
  caller: string | undefined,
  save: (caller: string | undefined) => Promise<void>,
): void {
  keep = save
  useSandboxStore.setState({ caller })
}

/** "Calling as": an IAM user's or role's ARN, or undefined for the account root. */
export async function setCaller(caller: string | undefined): Promise<void> {
  useSandboxStore.setState({ caller })
  await keep(caller)
}

/**
 * After the account is read: a caller that no longer exists (deleted, or the account reset)
 * falls back to the root, as the simulator would refuse it (UnrecognizedClientException).
 */
export async function forgetMissingCaller(): Promise<void> {
  const { caller, principals } = useSandboxStore.getState()
  if (caller !== undefined && !principals.some((p) => p.arn === caller)) {
    await setCaller(undefined)
  }
}

/** IAM's errors are values too, named as IAM names them (EntityAlreadyExists…). */
async function iamAttempt<T>(request: () => Promise<T>): Promise<SandboxResult<T>> {
  try {
    const value = await request()
    await refreshKeys()
    return { ok: true, value }
  } catch (thrown) {
    if (thrown instanceof KmsError) {
      return { ok: false, error: { name: thrown.name, message: thrown.message } }
    }
    return { ok: false, error: { name: 'Error', message: String(thrown) } }
  }
}

/** CreateUser or CreateRole (no policy: such an identity can do nothing yet). */
export function createIdentity(
  kind: PrincipalKind,
  name: string,
): Promise<SandboxResult<PrincipalRecord>> {
  return iamAttempt(() =>
    kind === 'user' ? connected().iam.createUser(name) : connected().iam.createRole(name),
  )
}

/** DeleteUser / DeleteRole; calling as it falls back to the root. */
export async function deleteIdentity(arn: string): Promise<SandboxResult<void>> {
  const result = await iamAttempt(() => connected().iam.deletePrincipal(arn))
  await forgetMissingCaller()
  return result
}

/** PutUserPolicy / PutRolePolicy: adds or replaces an inline policy, validated as IAM does. */
export function putIdentityPolicy(
  arn: string,
  policyName: string,
  document: string,
): Promise<SandboxResult<void>> {
  return iamAttempt(() => connected().iam.putPrincipalPolicy(arn, policyName, document))
}

export function deleteIdentityPolicy(
  arn: string,
  policyName: string,
): Promise<SandboxResult<void>> {
  return iamAttempt(() => connected().iam.deletePrincipalPolicy(arn, policyName))
}
