/**
 * The key page's key policy editor: GetKeyPolicy to show it, PutKeyPolicy to replace it, both as
 * the identity the console calls as ("Calling as"), so a learner sees who may read and change a
 * key's policy. PutKeyPolicy checks the text exactly as AWS does (grammar, size, the lockout
 * safety check); its errors come back as values, like every sandbox error.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html
 */
import {
  attempt,
  connected,
  recordedCall,
  useSandboxStore,
  type SandboxResult,
} from './sandbox-store.ts'

/** A key has one key policy, named `default`. */
const POLICY_NAME = 'default'

/** GetKeyPolicy: a read for the screen, not recorded as the learner's last request. */
export function getKeyPolicy(keyId: string): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const { caller } = useSandboxStore.getState()
    const out = await connected().call(
      'GetKeyPolicy',
      { KeyId: keyId, PolicyName: POLICY_NAME },
      caller,
    )
    return out.Policy
  }, 'GetKeyPolicy')
}

export function putKeyPolicy(keyId: string, policy: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('PutKeyPolicy', { KeyId: keyId, PolicyName: POLICY_NAME, Policy: policy })
  }, 'PutKeyPolicy')
}
