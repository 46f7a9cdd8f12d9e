import { describe, expect, it } from 'vitest'
import {
  consoleKeyPolicy,
  consoleKeyPolicyText,
  type ConsoleKeyPolicyChoices,
} from './console-key-policy.ts'
import { AccessDeniedException } from './errors.ts'
import { parsePolicyDocument } from './policy/policy-document.ts'
import { createTestKms, utf8 } from './testing/test-kms.ts'

const ACCT = '111122223333'
const ADMIN = `arn:aws:iam::${ACCT}:role/KeyAdmin`
const ALICE = `arn:aws:iam::${ACCT}:user/alice`
const BOB = `arn:aws:iam::${ACCT}:user/bob`

const symmetric: ConsoleKeyPolicyChoices = {
  accountId: ACCT,
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  administrators: [ADMIN],
  users: [ALICE],
  administratorsMayDelete: true,
}

const sids = (choices: ConsoleKeyPolicyChoices) =>
  consoleKeyPolicy(choices).Statement.map((s) => s.Sid)
const statement = (choices: ConsoleKeyPolicyChoices, sid: string) =>
  consoleKeyPolicy(choices).Statement.find((s) => s.Sid === sid)

describe('consoleKeyPolicy (the AWS console default view)', () => {
  it('writes the documented symmetric key policy: account, administrators, users, grants', () => {
    expect(consoleKeyPolicy(symmetric)).toEqual({
      Version: '2012-10-17',
      Id: 'key-consolepolicy-3',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'Allow access for Key Administrators',
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: [
            'kms:Create*',
            'kms:Describe*',
            'kms:Enable*',
            'kms:List*',
            'kms:Put*',
            'kms:Update*',
            'kms:Revoke*',
            'kms:Disable*',
            'kms:Get*',
            'kms:Delete*',
            'kms:TagResource',
            'kms:UntagResource',
            'kms:ScheduleKeyDeletion',
            'kms:CancelKeyDeletion',
            'kms:RotateKeyOnDemand',
          ],
          Resource: '*',
        },
        {
          Sid: 'Allow use of the key',
          Effect: 'Allow',
          Principal: { AWS: ALICE },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:DescribeKey',
          ],
          Resource: '*',
        },
        {
          Sid: 'Allow attachment of persistent resources',
          Effect: 'Allow',
          Principal: { AWS: ALICE },
          Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
          Resource: '*',
          Condition: { Bool: { 'kms:GrantIsForAWSResource': true } },
        },
      ],
    })
  })

  it('lists several principals, and leaves out the statements of an empty list', () => {
    const two = { ...symmetric, users: [ALICE, BOB] }
    expect(statement(two, 'Allow use of the key')?.Principal).toEqual({ AWS: [ALICE, BOB] })
    expect(sids({ ...symmetric, administrators: [] })).toEqual([
      'Enable IAM User Permissions',
      'Allow use of the key',
      'Allow attachment of persistent resources',
    ])
    expect(sids({ ...symmetric, users: [] })).toEqual([
      'Enable IAM User Permissions',
      'Allow access for Key Administrators',
    ])
  })

  it('drops ScheduleKeyDeletion and CancelKeyDeletion when administrators may not delete', () => {
    const actions = statement(
      { ...symmetric, administratorsMayDelete: false },
      'Allow access for Key Administrators',
    )?.Action
    expect(actions).not.toContain('kms:ScheduleKeyDeletion')
    expect(actions).not.toContain('kms:CancelKeyDeletion')
    expect(actions).toContain('kms:Delete*')
  })

  it('gives key users the operations of their key type', () => {
    const users = (
      keySpec: ConsoleKeyPolicyChoices['keySpec'],
      keyUsage: ConsoleKeyPolicyChoices['keyUsage'],
    ) => statement({ ...symmetric, keySpec, keyUsage }, 'Allow use of the key')?.Action
    expect(users('ECC_NIST_P256', 'SIGN_VERIFY')).toEqual([
      'kms:DescribeKey',
      'kms:GetPublicKey',
      'kms:Sign',
      'kms:Verify',
    ])
    expect(users('RSA_2048', 'ENCRYPT_DECRYPT')).toEqual([
      'kms:Encrypt',
      'kms:Decrypt',
      'kms:ReEncrypt*',
      'kms:DescribeKey',
      'kms:GetPublicKey',
    ])
    expect(users('HMAC_256', 'GENERATE_VERIFY_MAC')).toEqual([
      'kms:DescribeKey',
      'kms:GenerateMac',
      'kms:VerifyMac',
    ])
  })

  it('writes no grant statement for HMAC keys, and no on-demand rotation but for symmetric keys', () => {
    const hmac = { ...symmetric, keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' } as const
    expect(sids(hmac)).not.toContain('Allow attachment of persistent resources')
    expect(statement(hmac, 'Allow access for Key Administrators')?.Action).not.toContain(
      'kms:RotateKeyOnDemand',
    )
  })

  it('is a valid key policy, printed as the console shows it', () => {
    const text = consoleKeyPolicyText(symmetric)
    expect(text).toContain('\n  "Id": "key-consolepolicy-3"')
    expect(parsePolicyDocument(text, 'key').ok).toBe(true)
  })
})

describe('a key created with the console policy', () => {
  async function keyWithConsolePolicy(choices: Partial<ConsoleKeyPolicyChoices> = {}) {
    const { kms } = createTestKms()
    await kms.iam.createRole('KeyAdmin')
    await kms.iam.createUser('alice')
    const { KeyMetadata } = await kms.call('CreateKey', {
      Policy: consoleKeyPolicyText({ ...symmetric, ...choices }),
    })
    return { kms, keyId: KeyMetadata.KeyId }
  }

  it('lets the key user encrypt and decrypt with no identity policy of their own', async () => {
    const { kms, keyId } = await keyWithConsolePolicy()
    const { CiphertextBlob } = await kms.call(
      'Encrypt',
      { KeyId: keyId, Plaintext: utf8('secret') },
      ALICE,
    )
    const out = await kms.call('Decrypt', { CiphertextBlob }, ALICE)
    expect(new TextDecoder().decode(out.Plaintext)).toBe('secret')
  })

  it('lets the administrator manage the key but not use it', async () => {
    const { kms, keyId } = await keyWithConsolePolicy()
    await kms.call('DisableKey', { KeyId: keyId }, ADMIN)
    await kms.call('EnableKey', { KeyId: keyId }, ADMIN)
    await expect(
      kms.call('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, ADMIN),
    ).rejects.toBeInstanceOf(AccessDeniedException)
  })

  it('lets the administrator schedule deletion only while administrators may delete', async () => {
    const allowed = await keyWithConsolePolicy()
    await allowed.kms.call('ScheduleKeyDeletion', { KeyId: allowed.keyId }, ADMIN)
    const refused = await keyWithConsolePolicy({ administratorsMayDelete: false })
    await expect(
      refused.kms.call('ScheduleKeyDeletion', { KeyId: refused.keyId }, ADMIN),
    ).rejects.toBeInstanceOf(AccessDeniedException)
  })
})
