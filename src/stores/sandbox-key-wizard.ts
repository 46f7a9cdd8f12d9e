/**
 * What the create-key wizard asks of the sandbox account (its IAM users and roles are the store's
 * `principals`, made through sandbox-identities.ts): the key itself, CreateKey with its Tags and
 * Policy in the one request, then CreateAlias, as the AWS console does. Every failure is kept as the AWS error with its explanation (sandbox-store.ts).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html
 */
import type { KeyMetadata, OperationInput } from '@/core/kms/index.ts'
import { createAlias } from './sandbox-key-actions.ts'
import {
  attempt,
  connected,
  recordedCall,
  refreshKeys,
  type SandboxResult,
} from './sandbox-store.ts'

/** The account id, for ARNs the screen writes (the account root in a key policy). */
export function sandboxAccountId(): string {
  return connected().accountId
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
