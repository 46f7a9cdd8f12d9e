import type { KeyRecord } from '../key-record.ts'
import { DAY_MS, type EngineContext } from './engine-context.ts'
import { isReplicaKey } from '../key-record.ts'
import { detachDeletedKey } from '../multi-region/detach-deleted-key.ts'
import { addKeyMaterial } from './rotate-key.ts'

/** Something the service did by itself, recorded in the audit trail like CloudTrail does. */
export interface ServiceEvent {
  readonly eventName: 'RotateKey' | 'DeleteKey'
  readonly keyArn: string
  readonly eventTime: number
}

/** Bounds catch-up work when the clock jumps decades ahead; AWS never has to catch up. */
const MAX_CATCH_UP_ROTATIONS = 1000

export interface DueEventsResult {
  readonly events: ServiceEvent[]
  /** The earliest time a remaining key has an event pending (always after `now`), or Infinity. */
  readonly nextEventTime: number
}

/**
 * When the next time-driven event of a key falls due, if it has one: its deletion while it is
 * PendingDeletion, its automatic rotation while it is Enabled with rotation on. Must agree with
 * the conditions in applyDueEvents, or the engine would skip a scan that has work to do.
 */
export function pendingEventTime(key: KeyRecord): number | undefined {
  if (key.state === 'PendingDeletion') return key.deletionDate
  if (key.state === 'Creating' || key.state === 'Updating') return key.settling?.until
  if (rotatesByItself(key)) return key.rotation.nextRotationDate
  return undefined
}

/** A replica never rotates by itself: it gets its primary's new material (synchronize-replicas.ts). */
function rotatesByItself(key: KeyRecord): boolean {
  return key.state === 'Enabled' && key.rotation.enabled && !isReplicaKey(key)
}

/**
 * Time-driven events happen lazily: before each request, every automatic rotation whose date
 * has passed is applied (one per elapsed period, dated when it was due), and every key whose
 * deletion date has passed is deleted with its material, aliases and grants.
 * Rotation only happens while the key is Enabled; see ../CONTEXT.md.
 * This scans every key; the engine calls it only once `now()` reaches `nextEventTime`.
 */
export async function applyDueEvents(ctx: EngineContext): Promise<DueEventsResult> {
  const now = ctx.now()
  const events: ServiceEvent[] = []
  let nextEventTime = Infinity
  const consider = (key: KeyRecord) => {
    const time = pendingEventTime(key)
    if (time !== undefined && time < nextEventTime) nextEventTime = time
  }
  for (const key of await ctx.store.keys.list()) {
    if (
      key.state === 'PendingDeletion' &&
      key.deletionDate !== undefined &&
      key.deletionDate <= now
    ) {
      await deleteKey(ctx, key)
      events.push({ eventName: 'DeleteKey', keyArn: key.arn, eventTime: key.deletionDate })
      await detachDeletedKey(ctx, key, key.deletionDate)
      continue
    }
    if (key.settling !== undefined && key.settling.until <= now) {
      // Creating or Updating is over: AWS finished replicating, or moving the primary.
      const { settling, ...rest } = key
      const settled: KeyRecord = { ...rest, state: settling.then }
      await ctx.store.keys.put(settled.keyId, settled)
      consider(settled)
      continue
    }
    const next = key.rotation.nextRotationDate
    if (rotatesByItself(key) && next !== undefined && next <= now) {
      const rotated = await rotateDue(ctx, key, next, now, events)
      await ctx.store.keys.put(rotated.keyId, rotated)
      consider(rotated)
      continue
    }
    consider(key)
  }
  return { events, nextEventTime }
}

async function rotateDue(
  ctx: EngineContext,
  key: KeyRecord,
  firstDue: number,
  now: number,
  events: ServiceEvent[],
): Promise<KeyRecord> {
  const period = key.rotation.periodInDays * DAY_MS
  let due = firstDue
  let current = key
  for (let n = 0; due <= now && n < MAX_CATCH_UP_ROTATIONS; n++, due += period) {
    current = await addKeyMaterial(ctx, current, due, 'AUTOMATIC')
    events.push({ eventName: 'RotateKey', keyArn: key.arn, eventTime: due })
  }
  while (due <= now) due += period
  return { ...current, rotation: { ...current.rotation, nextRotationDate: due } }
}

async function deleteKey(ctx: EngineContext, key: KeyRecord): Promise<void> {
  for (const alias of await ctx.store.aliases.list()) {
    if (alias.targetKeyId === key.keyId) await ctx.store.aliases.delete(alias.aliasName)
  }
  // A grant belongs to its key: it goes when the key does (AWS deletes a key's grants with it).
  for (const grant of await ctx.store.grants.list()) {
    if (grant.keyId === key.keyId) await ctx.store.grants.delete(grant.grantId)
  }
  await ctx.store.keys.delete(key.keyId)
}
