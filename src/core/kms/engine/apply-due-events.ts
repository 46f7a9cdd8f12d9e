import type { KeyRecord } from '../key-record.ts'
import { DAY_MS, type EngineContext } from './engine-context.ts'
import { isReplicaKey } from '../key-record.ts'
import { detachDeletedKey } from '../multi-region/detach-deleted-key.ts'
import { addKeyMaterial } from './rotate-key.ts'
import { withoutMaterial } from '../import/delete-imported-key-material.ts'
import { hasAllMaterial, nextExpiry } from '../import/imported-material.ts'

/** Something the service did by itself, recorded in the audit trail like CloudTrail does. */
export interface ServiceEvent {
  readonly eventName: 'RotateKey' | 'DeleteKey' | 'DeleteExpiredKeyMaterial'
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
 * When the next time-driven event of a key falls due, if it has one: the expiry of imported
 * material (in any state), and its deletion while it is PendingDeletion, its automatic rotation
 * while it is Enabled with rotation on. Must agree with the conditions in applyDueEvents, or the
 * engine would skip a scan that has work to do.
 */
export function pendingEventTime(key: KeyRecord): number | undefined {
  const expiry = nextExpiry(key)
  const other = stateEventTime(key)
  if (expiry === undefined) return other
  return other === undefined ? expiry : Math.min(expiry, other)
}

function stateEventTime(key: KeyRecord): number | undefined {
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
  for (const stored of await ctx.store.keys.list()) {
    const key = await expireDueMaterial(ctx, stored, now, events)
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
      const settled: KeyRecord = { ...rest, state: settledState(key, settling.then) }
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

/**
 * Imported material whose ValidTo has passed is deleted, as KMS does: the key becomes
 * PendingImport until the same material is imported again. CloudTrail records it as
 * DeleteExpiredKeyMaterial by KMS.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/ct-deleteexpiredkeymaterial.html
 */
async function expireDueMaterial(
  ctx: EngineContext,
  key: KeyRecord,
  now: number,
  events: ServiceEvent[],
): Promise<KeyRecord> {
  let current = key
  for (let due = nextExpiry(current); due !== undefined && due <= now; due = nextExpiry(current)) {
    const imported = current.imported
    if (imported === undefined) break
    const expired = [...imported.materials, ...(imported.pending ? [imported.pending.info] : [])]
      .filter((m) => m.validTo === due)
      .map((m) => m.keyMaterialId)
    for (const id of expired) current = withoutMaterial(current, current.imported ?? imported, id)
    events.push({ eventName: 'DeleteExpiredKeyMaterial', keyArn: key.arn, eventTime: due })
  }
  if (current !== key) await ctx.store.keys.put(current.keyId, current)
  return current
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

/**
 * The state after Creating or Updating. A key with imported material without all of it in KMS is
 * PendingImport: a new replica of such a key ("created with no key material"), or a key whose
 * material expired or was deleted while it was Updating.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html
 */
function settledState(key: KeyRecord, then: KeyRecord['state']): KeyRecord['state'] {
  if (key.origin !== 'EXTERNAL') return then
  return hasAllMaterial(key) ? then : 'PendingImport'
}
