import type { PrincipalRecord } from '../iam/principal-record.ts'
import type { KmsCollection } from '../store/kms-store.ts'
import type { AccountRegions, RegionHandle } from './engine-context.ts'
import { createSerialQueue } from './serial-queue.ts'

/** A joined Region as the group sees it: its handle, and its lazy time events. */
export interface JoinedRegion extends RegionHandle {
  /** Applies that Region's due events; undefined (nothing to await) when none are due. */
  applyDueEvents(): Promise<void> | undefined
}

/**
 * The Regions of one account that were joined (`createKms({ sameAccountAs })`). They share one
 * request queue, so a request that writes keys in two Regions (ReplicateKey, UpdatePrimaryRegion,
 * a rotation reaching the replicas) is as atomic as any other, and one IAM (IAM is global: the
 * first simulator's principals serve every Region).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html
 */
export interface AccountGroup extends AccountRegions {
  readonly accountId: string
  readonly serially: <T>(task: () => Promise<T>) => Promise<T>
  readonly principals: KmsCollection<PrincipalRecord>
  join(region: JoinedRegion): void
  list(): readonly JoinedRegion[]
}

export function createAccountGroup(
  accountId: string,
  principals: KmsCollection<PrincipalRecord>,
): AccountGroup {
  const regions = new Map<string, JoinedRegion>()
  return {
    accountId,
    serially: createSerialQueue(),
    principals,
    get: (region) => regions.get(region),
    list: () => [...regions.values()],
    join(region) {
      if (regions.has(region.ctx.region)) {
        throw new Error(`Region ${region.ctx.region} is already joined to this account.`)
      }
      regions.set(region.ctx.region, region)
    },
  }
}
