/**
 * The sandbox scenarios a card's `try:` link may point to. The deck compiler rejects any other
 * route, so a card never links to a screen that does not exist. Each is a route under /sandbox.
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
  'audit-trail': 'Read the CloudTrail-style log of every call',
  'encrypt-limits': 'Hit the 4 KB Encrypt limit',
} as const

export type SandboxScenario = keyof typeof SANDBOX_SCENARIOS

export function isSandboxScenario(name: string): name is SandboxScenario {
  return Object.hasOwn(SANDBOX_SCENARIOS, name)
}

/** `/sandbox/rotation` → `rotation`; undefined when the route is not a known scenario. */
export function scenarioOfRoute(route: string): SandboxScenario | undefined {
  const match = /^\/sandbox\/([a-z0-9-]+)$/.exec(route)
  return match?.[1] && isSandboxScenario(match[1]) ? match[1] : undefined
}
