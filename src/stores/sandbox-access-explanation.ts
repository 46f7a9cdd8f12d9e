/**
 * Why an AccessDeniedException happened and what fixes it, for the sandbox's policy lab (issue
 * 11, item 7), built from the simulator's structured decision (core/kms/policy/access-decision.ts)
 * and its sentence (explain-access-decision.ts), which names the caller, the action and the
 * statement. Each kind of denial says exactly which Allow is missing, or which Deny decided.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { AccessDenied } from '@/core/kms/index.ts'

export interface AccessExplanation {
  readonly why: string
  readonly fix: string
}

/** `the key …` → `The key ….` */
function asSentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

const ATTACH =
  'In the Identities panel of the sandbox home, attach to the caller an identity policy that allows this action, e.g. {"Effect": "Allow", "Action": "kms:Encrypt", "Resource": "*"}.'

/**
 * The explanation of a denial, or undefined without a decision (an error that did not come from
 * the authorizer, such as a ciphertext of a deleted key).
 */
export function explainAccessDenied(
  decision: AccessDenied | undefined,
  sentence: string | undefined,
  /** The caller's ARN, to call it "the user" or "the role" (the root otherwise). */
  callerArn?: string,
): AccessExplanation | undefined {
  if (decision === undefined || sentence === undefined) return undefined
  const said = asSentence(sentence)
  const who = callerArn?.includes(':user/')
    ? 'user'
    : callerArn?.includes(':role/')
      ? 'role'
      : 'caller'
  if (decision.kind === 'explicit') {
    return decision.policy === 'key-policy'
      ? {
          why: `${said} An explicit Deny wins over every Allow, in any policy.`,
          fix: 'Remove or narrow that Deny statement in the key policy (the Key policy panel of the key page), or call as an identity it does not cover.',
        }
      : {
          why: `${said} An explicit Deny wins over every Allow, even the key policy’s.`,
          fix: 'Remove that identity policy from the caller, or narrow its Deny statement, in the Identities panel of the sandbox home.',
        }
  }
  if ('conditionsUnmet' in decision && decision.conditionsUnmet.length > 0) {
    const inKeyPolicy = decision.missing === 'key-policy-allow'
    const keys = decision.conditionsUnmet.flatMap((c) => c.unmet.map((u) => u.key.toLowerCase()))
    const where = inKeyPolicy
      ? 'the key policy (Key policy panel of the key page)'
      : 'that identity policy (Identities panel of the sandbox home)'
    return {
      why: `${said} The Allow statement exists, but its Condition did not hold for this call, and an Allow whose condition fails allows nothing.`,
      fix: keys.includes('kms:viaservice')
        ? 'The key may be used only through the AWS service its policy names in kms:ViaService: an AWS managed key (alias/aws/…) can be used only by its service on your behalf, and its key policy cannot be changed. To call KMS directly, use a customer managed key.'
        : keys.some((k) => k.startsWith('kms:encryptioncontext'))
          ? `Pass the encryption context the statement requires (the same one is needed again to decrypt), or change the condition in ${where}.`
          : `Make the call meet the condition, or change the condition in ${where}.`,
    }
  }
  switch (decision.missing) {
    case 'identity-policy-allow':
      return {
        why: `${said} What is missing: an identity policy of the caller that allows it.`,
        fix: `${ATTACH.replace('"kms:Encrypt"', '"kms:CreateKey"')} Or call as the account root.`,
      }
    case 'key-policy':
      return {
        why: `${said} Every KMS key needs a key policy; without one, not even the account can use the key.`,
        fix: 'Give the key a key policy (PutKeyPolicy) that allows the account root.',
      }
    case 'identity-policy-allow-after-delegation':
      return {
        why: `${said} The key policy lets IAM policies grant access to this key, so what is missing is the ${who}’s identity policy: one that allows this action.`,
        fix: ATTACH,
      }
    case 'key-policy-allow':
      return decision.identityPolicyAllows
        ? {
            why: `The key policy does not delegate to IAM, so the ${who}’s identity policy is not enough: IAM policies alone never grant access to a KMS key. What is missing: a key policy statement that allows the caller. ${said}`,
            fix: 'In the key policy (Key policy panel of the key page), add a statement that allows this caller the action, or delegate the action to IAM with a statement whose Principal is the account root ("arn:aws:iam::<account>:root").',
          }
        : {
            why: `${said} What is missing: a key policy statement that allows the caller; an identity policy would not be enough either, since the key policy does not delegate to IAM.`,
            fix: 'In the key policy (Key policy panel of the key page), add a statement that allows this caller the action; or delegate it to IAM (Principal: the account root) and attach an identity policy that allows it.',
          }
    case 'cross-account-identity-policy-allow':
      return {
        why: `${said} What is missing: an identity policy in the caller’s own account.`,
        fix: 'Cross-account use needs both: the key policy here, and an identity policy in the caller’s account that allows the action on this key.',
      }
  }
}
