/**
 * What the create-key wizard asks of the sandbox account: the IAM users and roles to choose key
 * administrators and key users from (and a new one when there is none yet), and the key itself:
 * CreateKey with its Tags and Policy in the one request, then CreateAlias, as the AWS console
 * does. Every failure is kept as the AWS error with its explanation (sandbox-store.ts).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html
 */
import type { KeyMetadata, OperationInput, PrincipalRecord } from '@/core/kms/index.ts'
import { createIdentity as createAccountIdentity } from './sandbox-identities.ts'
import { createAlias } from './sandbox-key-actions.ts'
import {
  attempt,
  connected,
  recordedCall,
  refreshKeys,
  type SandboxResult,
} from './sandbox-store.ts'

/** An IAM user or role of the account, as the wizard lists it. */
export interface SandboxIdentity {
  readonly arn: string
  readonly kind: PrincipalRecord['kind']
  readonly name: string
}

/** The account id, for ARNs the screen writes (the account root in a key policy). */
export function sandboxAccountId(): string {
  return connected().accountId
}

/** The account's IAM users and roles, by ARN (a read for the screen, not recorded). */
export function listIdentities(): Promise<SandboxResult<SandboxIdentity[]>> {
  return attempt(async () =>
    (await connected().iam.listPrincipals()).map(({ arn, kind, name }) => ({ arn, kind, name })),
  )
}

/**
 * CreateUser or CreateRole (IAM's own errors: EntityAlreadyExistsException, ValidationError), as
 * the identities panel makes them, so the panel and "Calling as" list the new identity at once.
 */
export async function createIdentity(
  kind: SandboxIdentity['kind'],
  name: string,
): Promise<SandboxResult<SandboxIdentity>> {
  const result = await createAccountIdentity(kind, name)
  if (!result.ok) return result
  const { arn, name: created } = result.value
  return { ok: true, value: { arn, kind: result.value.kind, name: created } }
}

export interface CreatedKey {
  readonly key: SandboxResult<KeyMetadata>
  /** CreateAlias after the key, when an alias was asked for and the key exists. */
  readonly alias?: SandboxResult<void>
}

/**
 * CreateKey exactly as `request` says (the wizard shows it before sending), then CreateAlias.
 * The key exists even when its alias is refused: the answer says both.
 */
export async function createKeyWithAlias(
  request: OperationInput<'CreateKey'>,
  aliasName: string | undefined,
): Promise<CreatedKey> {
  const key = await attempt(async () => {
    const { KeyMetadata } = await recordedCall('CreateKey', request)
    await refreshKeys()
    return KeyMetadata
  }, 'CreateKey')
  if (!key.ok || aliasName === undefined) return { key }
  return { key, alias: await createAlias(aliasName, key.value.KeyId) }
}
