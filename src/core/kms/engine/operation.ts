import type { GrantConstraints } from '../grant-record.ts'
import type { KeyRecord } from '../key-record.ts'
import type { PrincipalArn } from '../types.ts'
import type { InputOf, Members } from '../validation/shape.ts'
import type { EngineContext } from './engine-context.ts'

/** Condition keys sent to the policy evaluator, e.g. `kms:EncryptionContext:dept`. */
export type ConditionValues = Record<string, string | string[]>

/**
 * What a CreateGrant request asks for beyond its condition keys: a grantee passing on its grant
 * must keep an equally strict encryption context constraint (grant-authorization.ts).
 */
export interface GrantRequest {
  readonly constraints: GrantConstraints | undefined
}

/** The context of one request: the engine plus who is calling and what the call touched. */
export interface RequestContext extends EngineContext {
  readonly caller: PrincipalArn
  readonly operation: string
  /** Notes a key the call touched, for the audit trail. */
  touchKey(arn: string): void
  /**
   * Throws AccessDeniedException unless the caller may perform `action` (`kms:Decrypt`) on the
   * key, or on `*` for IAM-only actions (no key).
   */
  authorize(
    action: string,
    key: KeyRecord | undefined,
    conditions?: ConditionValues,
    grantRequest?: GrantRequest,
  ): Promise<void>
}

/** One KMS operation: its request members (validated before `run`) and its behaviour. */
export interface Operation<M extends Members, O> {
  readonly input: M
  run(rc: RequestContext, input: InputOf<M>): Promise<O>
}

export function defineOperation<M extends Members, O>(operation: Operation<M, O>): Operation<M, O> {
  return operation
}
