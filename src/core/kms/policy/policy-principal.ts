/**
 * Principals in key policies: IAM users, roles, the account principal, "*", and AWS services.
 * The account principal (`arn:aws:iam::<acct>:root` or the bare account id) stands for the
 * whole account; in an Allow it does not grant anyone directly but delegates to IAM policies
 * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam).
 */

const ACCOUNT_ID = /^\d{12}$/
/** IAM names and paths: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names */
const IAM_PRINCIPAL_ARN =
  /^arn:aws:iam::(\d{12}):(root|(?:user|role)\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]+)$/
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(?:\.cn)?$/

export function isValidAwsPrincipal(value: string): boolean {
  return value === '*' || ACCOUNT_ID.test(value) || IAM_PRINCIPAL_ARN.test(value)
}

export function isValidServicePrincipal(value: string): boolean {
  return SERVICE_PRINCIPAL.test(value)
}

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`
}

/**
 * A role session, the caller when someone assumed a role:
 * `arn:aws:sts::<acct>:assumed-role/<role name>/<session name>` (no role path in it).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */
const ASSUMED_ROLE_ARN = /^arn:aws:sts::(\d{12}):assumed-role\/((?:aws:)?[\w+=,.@-]+)\/[\w+=,.@-]+$/

/**
 * A session of a role AWS itself uses in the customer's account, such as
 * `arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-0abc…` (the EC2
 * infrastructure of one instance, the grantee of the grant that attaches an encrypted EBS
 * volume). IAM role names cannot contain a colon, so an `aws:` role is never one of the
 * customer's: it has no identity policies there, and what it may do with a key is what key
 * policies and grants allow.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-ec2two.html
 */
export function isAwsInfrastructureSession(principalArn: string): boolean {
  return ASSUMED_ROLE_ARN.exec(principalArn)?.[2]?.startsWith('aws:') === true
}

/** The account an IAM principal ARN (user, role, root) or a role session belongs to. */
export function accountOf(principalArn: string): string | undefined {
  return IAM_PRINCIPAL_ARN.exec(principalArn)?.[1] ?? ASSUMED_ROLE_ARN.exec(principalArn)?.[1]
}

/**
 * Whether a policy's role ARN covers a role session: in a resource-based policy, naming a role
 * grants every session of it (the session ARN carries the role name but not the role's path).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
 */
export function isSessionOfRole(callerArn: string, roleArn: string): boolean {
  const session = ASSUMED_ROLE_ARN.exec(callerArn)
  const role = IAM_PRINCIPAL_ARN.exec(roleArn)
  if (!session || !role?.[2]?.startsWith('role/')) return false
  return session[1] === role[1] && role[2].split('/').at(-1) === session[2]
}

export function isAccountRoot(principalArn: string): boolean {
  return IAM_PRINCIPAL_ARN.exec(principalArn)?.[2] === 'root'
}

/** The account a policy principal value names as a whole, if it is an account principal. */
export function accountPrincipal(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value
  const match = IAM_PRINCIPAL_ARN.exec(value)
  return match?.[2] === 'root' ? match[1] : undefined
}
