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
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
export function awsManagedKeyPolicyText(
  accountId: string,
  region: string,
  service: string,
): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: `auto-${service}-1`,
      Statement: [
        {
          Sid: `Allow access through ${service} for all principals in the account that are authorized to use ${service}`,
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
              'kms:ViaService': `${service}.${region}.amazonaws.com`,
            },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  )
}
