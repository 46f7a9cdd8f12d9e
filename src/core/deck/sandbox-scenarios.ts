/**
 * The sandbox scenarios a card's `try:` field may name. The deck compiler rejects any other name,
 * so a card never links to a screen that does not exist. Their URLs are built by the route table
 * (src/routes/paths.ts), not here.
 */
export const SANDBOX_SCENARIOS = {
  'create-key': 'Create a KMS key and read its metadata',
  aliases: 'Point an alias at a key, then move it',
  'key-policy': 'Read and edit a key policy; see who is allowed',
  rotation: 'Rotate a key and decrypt old ciphertext',
  'key-states': 'Disable, enable and schedule deletion of a key',
  envelope: 'Envelope encryption with GenerateDataKey, step by step',
  'encryption-context': 'Bind ciphertext to an encryption context',
  'aws-managed-keys': 'Meet an AWS managed key (alias/aws/s3)',
  'asymmetric-keys': 'Sign and verify with an asymmetric key',
  'hmac-keys': 'Generate and verify an HMAC',
  grants: 'Let a user use a key through a grant, then retire it',
  'audit-trail': 'Read the CloudTrail-style log of every call',
  'encrypt-limits': 'Hit the 4 KB Encrypt limit',
  'imported-key-material': 'Import key material, let it expire, rotate it on demand',
  'multi-region-keys': 'Create a multi-Region key, replicate it, delete the primary',
  'aws-service-grants': 'Watch EBS and EC2 create, use and retire a grant',
} as const

export type SandboxScenario = keyof typeof SANDBOX_SCENARIOS

/** Every scenario's name, in the order of the list above. */
export const SANDBOX_SCENARIO_NAMES = Object.keys(SANDBOX_SCENARIOS) as readonly SandboxScenario[]

export function isSandboxScenario(name: string): name is SandboxScenario {
  return Object.hasOwn(SANDBOX_SCENARIOS, name)
}
