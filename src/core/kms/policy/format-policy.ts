/**
 * Serializes a policy for GetKeyPolicy: pretty JSON with 2-space indentation, fields in the
 * canonical order of the policy grammar (Version, Id, Statement; Sid, Effect, Principal, ...)
 * whatever order the object was built in
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html).
 */
import type { PolicyDocument, PolicyStatement } from './policy-document.ts'

const STATEMENT_ORDER: readonly (keyof PolicyStatement)[] = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]

function ordered(statement: PolicyStatement): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of STATEMENT_ORDER) {
    if (statement[field] !== undefined) out[field] = statement[field]
  }
  return out
}

export function formatPolicy(policy: PolicyDocument): string {
  const document: Record<string, unknown> = {}
  if (policy.Version !== undefined) document['Version'] = policy.Version
  if (policy.Id !== undefined) document['Id'] = policy.Id
  document['Statement'] = policy.Statement.map(ordered)
  return JSON.stringify(document, null, 2)
}
