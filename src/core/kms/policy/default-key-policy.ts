/**
 * The key policy CreateKey applies when no Policy is given: one statement that lets the account
 * principal use the key, which delegates access control to IAM policies. Shape as AWS returns it
 * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
 */
import type { PolicyDocument } from './policy-document.ts'
import { rootArn } from './policy-principal.ts'

export function defaultKeyPolicy(accountId: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: rootArn(accountId) },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  }
}
