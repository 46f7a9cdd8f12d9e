import type { RandomSource } from '../ids.ts'
import type { KmsStore } from '../store/kms-store.ts'
import type { AliasName, KeyArn, KeyId, PrincipalArn } from '../types.ts'

/** What every operation may use: the account, the injected clock and randomness, the store. */
export interface EngineContext {
  readonly region: string
  readonly accountId: string
  /** Epoch ms. */
  readonly now: () => number
  readonly random: RandomSource
  readonly store: KmsStore
}

export function keyArnOf(ctx: EngineContext, keyId: KeyId): KeyArn {
  return `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${keyId}` as KeyArn
}

export function aliasArnOf(ctx: EngineContext, aliasName: AliasName | string): string {
  return `arn:aws:kms:${ctx.region}:${ctx.accountId}:${aliasName}`
}

export function rootArnOf(accountId: string): PrincipalArn {
  return `arn:aws:iam::${accountId}:root` as PrincipalArn
}

export const DAY_MS = 24 * 60 * 60 * 1000
