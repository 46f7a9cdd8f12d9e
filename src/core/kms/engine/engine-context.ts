import type { AuditEvent } from '../audit/audit-event.ts'
import type { RandomSource } from '../ids.ts'
import type { KeyRecord } from '../key-record.ts'
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
  /**
   * The Regions of this account the simulator was joined with (`createKms({ sameAccountAs })`),
   * this one included; a simulator made alone has only its own. Multi-Region keys reach their
   * related keys through it.
   */
  readonly regions: AccountRegions
}

/** The joined Regions of one account, by Region name. */
export interface AccountRegions {
  get(region: string): RegionHandle | undefined
  list(): readonly RegionHandle[]
}

/** One Region's engine, as another Region's operations may use it. */
export interface RegionHandle {
  /** That Region's context: its store, whose key writes that Region's engine sees. */
  readonly ctx: EngineContext
  /** Records an event in that Region's audit trail (CloudTrail is per Region). */
  record(event: Omit<AuditEvent, 'sequence' | 'eventId'>): Promise<void>
  /** Authorizes a call in that Region (its key policies; IAM is the account's). */
  authorize(
    caller: PrincipalArn,
    action: string,
    key: KeyRecord | undefined,
    conditions?: Record<string, string | string[]>,
  ): Promise<void>
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
