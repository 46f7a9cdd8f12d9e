import type { PrincipalArn } from '../types.ts'

export type PrincipalKind = 'user' | 'role'

/** An IAM user or role the learner created, with its inline identity policies (JSON text). */
export interface PrincipalRecord {
  readonly arn: PrincipalArn
  readonly kind: PrincipalKind
  readonly name: string
  readonly createdAt: number
  readonly policies: Readonly<Record<string, string>>
}
