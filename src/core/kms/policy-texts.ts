/**
 * Key policy documents the simulator writes itself, formatted as GetKeyPolicy returns them.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
import { defaultKeyPolicy } from './policy/default-key-policy.ts'

/** The default key policy CreateKey applies when `Policy` is omitted (AWS-recorded JSON). */
export function defaultKeyPolicyText(accountId: string): string {
  return JSON.stringify(defaultKeyPolicy(accountId), null, 2)
}

/**
 * The policy of an AWS managed key (`alias/aws/<service>`): principals of the account may use it
 * only through the service (kms:ViaService), and may read its metadata directly.
 * `aws/ebs` is Amazon EC2's (EBS volumes are used through ec2.<region>.amazonaws.com, not an ebs
 * endpoint), and its account may also revoke the grants EC2 made: its policy as AWS writes it
 * (`auto-ebs-2`, as the key's GetKeyPolicy shows it in customers' accounts).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 * @see https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption-requirements.html
 */
export function awsManagedKeyPolicyText(
  accountId: string,
  region: string,
  service: string,
): string {
  const ebs = service === 'ebs'
  const name = ebs ? 'EBS' : service
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: ebs ? 'auto-ebs-2' : `auto-${service}-1`,
      Statement: [
        {
          Sid: `Allow access through ${name} for all principals in the account that are authorized to use ${name}`,
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:CreateGrant',
            'kms:DescribeKey',
          ],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': accountId,
              'kms:ViaService': `${viaServiceOf(service)}.${region}.amazonaws.com`,
            },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', ...(ebs ? ['kms:RevokeGrant'] : [])],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  )
}

/** The endpoint through which a service's AWS managed key is used: EBS volumes go through EC2. */
export function viaServiceOf(service: string): string {
  return service === 'ebs' ? 'ec2' : service
}
