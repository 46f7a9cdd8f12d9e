import { describe, expect, it } from 'vitest'
import { xformName } from './xform-name.ts'

// The pairs of aws-cli.md §2.1, observed from the real CLI.
describe('xformName', () => {
  it.each([
    ['CreateKey', 'create-key'],
    ['GenerateDataKeyWithoutPlaintext', 'generate-data-key-without-plaintext'],
    ['ReEncrypt', 're-encrypt'],
    ['GetKeyRotationStatus', 'get-key-rotation-status'],
    ['GenerateMac', 'generate-mac'],
    ['RotateKeyOnDemand', 'rotate-key-on-demand'],
    ['KeyId', 'key-id'],
    ['NumberOfBytes', 'number-of-bytes'],
    ['DryRun', 'dry-run'],
    ['CustomerMasterKeySpec', 'customer-master-key-spec'],
    ['CloudHsmClusterId', 'cloud-hsm-cluster-id'],
    ['BypassPolicyLockoutSafetyCheck', 'bypass-policy-lockout-safety-check'],
    ['AWSAccountId', 'aws-account-id'],
    ['HMACKeys', 'hmac-keys'],
    ['ListARNs', 'list-arns'],
  ])('%s → %s', (model, cli) => {
    expect(xformName(model)).toBe(cli)
  })
})
