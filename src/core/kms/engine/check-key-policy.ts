import { utf8 } from '../../bytes/utf8.ts'
import { LimitExceededException, MalformedPolicyDocumentException } from '../errors.ts'
import {
  firstDisallowedCharacter,
  parsePolicyDocument,
  type PolicyDocument,
} from '../policy/policy-document.ts'
import { wouldLockOut } from '../policy/evaluate-access.ts'

/** Key policy size quota (the model allows 131072 characters; the service enforces 32 KB). */
export const MAX_KEY_POLICY_BYTES = 32768

export interface KeyPolicyCheck {
  readonly caller: string
  readonly accountId: string
  readonly keyArn: string
  readonly bypassLockoutCheck: boolean
}

/**
 * Checks a key policy given to CreateKey or PutKeyPolicy: characters, size, grammar, and the
 * lockout safety check (the caller must still be able to call PutKeyPolicy afterwards).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html
 */
export function assertAcceptableKeyPolicy(text: string, check: KeyPolicyCheck): PolicyDocument {
  // The model's pattern is `[…]+`: an empty policy fails it too.
  if (text.length === 0 || firstDisallowedCharacter(text) !== undefined) {
    throw new MalformedPolicyDocumentException(
      'The key policy contains characters outside \\u0009, \\u000A, \\u000D and \\u0020-\\u00FF.',
    )
  }
  if (utf8(text).length > MAX_KEY_POLICY_BYTES) {
    throw new LimitExceededException(
      `The key policy exceeds the maximum size of ${MAX_KEY_POLICY_BYTES} bytes (32 KB).`,
    )
  }
  const parsed = parsePolicyDocument(text, 'key')
  if (!parsed.ok) throw new MalformedPolicyDocumentException(parsed.message)
  if (
    !check.bypassLockoutCheck &&
    wouldLockOut(parsed.policy, check.caller, check.accountId, check.keyArn)
  ) {
    throw new MalformedPolicyDocumentException(
      'The new key policy will not allow you to update the key policy in the future.',
    )
  }
  return parsed.policy
}
