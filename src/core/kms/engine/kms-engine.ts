import type { AuditEvent } from '../audit/audit-event.ts'
import { lastAuditSequence } from '../audit/audit-trail.ts'
import { summarizeForAudit } from '../audit/summarize.ts'
import { KMSInternalException, KmsError, UnknownOperationException } from '../errors.ts'
import { readGrantToken } from '../grants/grant-token.ts'
import { uuidV4 } from '../ids.ts'
import type { KeyRecord } from '../key-record.ts'
import type { KmsCollection, KmsStore } from '../store/kms-store.ts'
import type { PrincipalArn } from '../types.ts'
import { readInput, type InputSource } from '../validation/read-input.ts'
import type { Members } from '../validation/shape.ts'
import { applyDueEvents, pendingEventTime, type ServiceEvent } from './apply-due-events.ts'
import type { EngineContext } from './engine-context.ts'
import type { ConditionValues, GrantRequest, RequestContext } from './operation.ts'
import { synchronizeReplicas } from '../multi-region/synchronize-replicas.ts'
import type { AccountGroup } from './account-group.ts'

/** Decides whether a caller may perform an action; throws AccessDeniedException if not. */
export type Authorizer = (request: {
  readonly ctx: EngineContext
  readonly caller: PrincipalArn
  readonly action: string
  readonly key: KeyRecord | undefined
  readonly conditions: ConditionValues
  readonly grantRequest?: GrantRequest | undefined
}) => Promise<void>

/** Any operation, seen from the engine (its input type is checked by readInput at run time). */
export interface RunnableOperation {
  readonly input: Members
  run(rc: RequestContext, input: never): Promise<unknown>
}

export interface ExecuteResult {
  readonly requestId: string
  readonly output: unknown
}

export interface KmsEngine {
  /** Runs one operation; throws a KmsError (never anything else). */
  execute(
    operation: string,
    input: unknown,
    source: InputSource,
    caller: PrincipalArn,
    options?: CallOptions,
  ): Promise<ExecuteResult>
  /** Applies due rotations and deletions now (they otherwise wait for the next request). */
  applyDueEvents(): Promise<void>
}

export interface CallOptions {
  /**
   * Simulates a call that an AWS service makes on the caller's behalf, e.g.
   * `s3.us-east-1.amazonaws.com`: sets the kms:ViaService condition key (AWS managed keys need it).
   */
  readonly viaService?: string
}

const SERVICE_PRINCIPAL = 'kms.amazonaws.com' as PrincipalArn

export function createKmsEngine(
  engineCtx: Omit<EngineContext, 'regions'>,
  operations: Readonly<Record<string, RunnableOperation>>,
  authorize: Authorizer,
  group: AccountGroup,
): KmsEngine {
  const serially = group.serially
  let sequence: number | undefined
  /**
   * Scanning every key for due rotations and deletions costs O(keys) per request, so the engine
   * remembers the earliest pending event and scans only once `now()` reaches it. -Infinity means
   * unknown: a restarted engine scans on its first request. Every key write of an operation
   * (CreateKey, EnableKeyRotation, ScheduleKeyDeletion, EnableKey, AWS managed key creation, …)
   * goes through `watchKeyWrites` and can only bring the time earlier; a write that removes an
   * event (CancelKeyDeletion, DisableKeyRotation) leaves it early, which costs one scan that
   * recomputes it.
   */
  let nextEventTime = -Infinity
  const ctx: EngineContext = {
    ...engineCtx,
    regions: group,
    store: watchKeyWrites(
      engineCtx.store,
      (key) => {
        const time = pendingEventTime(key)
        if (time !== undefined && time < nextEventTime) nextEventTime = time
      },
      // A primary's shared properties reach its replicas with every write of the primary.
      (key) => synchronizeReplicas(group, key),
    ),
  }

  async function applyEvents(force: boolean): Promise<void> {
    if (!force && ctx.now() < nextEventTime) return
    // Like the scan below, an explicit call does not trust what this engine remembers: another
    // engine may have written the store since (a restart, a test), so the last audit sequence is
    // read again too. Engines must still take turns: this is no lock (the sandbox holds one).
    if (force) sequence = undefined
    // Unknown while scanning: a scan that fails half way must be retried by the next request.
    nextEventTime = -Infinity
    const result = await applyDueEvents(ctx)
    nextEventTime = result.nextEventTime
    await recordServiceEvents(result.events)
  }

  async function record(event: Omit<AuditEvent, 'sequence' | 'eventId'>): Promise<void> {
    sequence = (sequence ?? (await lastAuditSequence(ctx.store))) + 1
    const eventId = uuidV4(ctx.random)
    await ctx.store.audit.put(eventId, { ...event, eventId, sequence })
  }

  group.join({
    ctx,
    record,
    authorize: (caller, action, key, conditions = {}) =>
      authorize({ ctx, caller, action, key, conditions }),
    applyDueEvents: () => (ctx.now() >= nextEventTime ? applyEvents(false) : undefined),
  })

  async function recordServiceEvents(events: readonly ServiceEvent[]): Promise<void> {
    for (const e of events) {
      await record({
        eventTime: e.eventTime,
        principal: SERVICE_PRINCIPAL,
        eventName: e.eventName,
        requestId: uuidV4(ctx.random),
        keyArns: [e.keyArn],
        requestParameters: { keyId: e.keyArn },
      })
    }
  }

  async function run(
    name: string,
    rawInput: unknown,
    source: InputSource,
    caller: PrincipalArn,
    options: CallOptions,
  ): Promise<ExecuteResult> {
    const requestId = uuidV4(ctx.random)
    const keyArns: string[] = []
    const eventTime = ctx.now()
    const via = options.viaService === undefined ? {} : { viaService: options.viaService }
    // Summarized from the validated input once it exists; from the raw input only if validation
    // (or anything before it) fails, so a successful request summarizes its input once.
    let requestParameters: Record<string, unknown> | undefined
    try {
      await applyDueEventsOfEveryRegion(group)
      const operation = Object.hasOwn(operations, name) ? operations[name] : undefined
      if (operation === undefined) throw new UnknownOperationException()
      const input = readInput(operation.input, rawInput, source)
      requestParameters = summarizeForAudit(input)
      assertGrantTokens(input)
      const rc: RequestContext = {
        ...ctx,
        caller,
        operation: name,
        touchKey: (arn) => {
          if (!keyArns.includes(arn)) keyArns.push(arn)
        },
        authorize: (action, key, conditions = {}, grantRequest) =>
          authorize({
            ctx,
            caller,
            action,
            key,
            conditions: withViaService(conditions, options),
            grantRequest,
          }),
      }
      const output = await operation.run(rc, input as never)
      await record({
        eventTime,
        principal: caller,
        ...via,
        eventName: name,
        requestId,
        keyArns,
        requestParameters,
        responseElements: summarizeForAudit(output),
      })
      return { requestId, output }
    } catch (thrown) {
      const error = asKmsError(thrown)
      error.requestId = requestId
      await record({
        eventTime,
        principal: caller,
        ...via,
        eventName: name,
        requestId,
        keyArns,
        requestParameters: requestParameters ?? summarizeForAudit(rawInput),
        errorCode: error.name,
        errorMessage: error.message,
      }).catch(() => undefined)
      throw error
    }
  }

  return {
    execute: (name, input, source, caller, options = {}) =>
      serially(() => run(name, input, source, caller, options)),
    // An explicit call always scans: it is rare, and it also picks up keys written to the store
    // by something other than this engine.
    applyDueEvents: () =>
      serially(async () => {
        await applyEvents(true)
        await applyDueEventsOfEveryRegion(group)
      }),
  }
}

/**
 * Every operation with a GrantTokens member refuses a token the simulator did not issue. A valid
 * token needs nothing more: the simulator's grants take effect at once, so the grant it names
 * already authorizes the call (AWS's tokens bridge its eventual consistency).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html
 */
function assertGrantTokens(input: unknown): void {
  const tokens = (input as { GrantTokens?: unknown }).GrantTokens
  if (Array.isArray(tokens)) for (const token of tokens) readGrantToken(String(token))
}

/**
 * Time events are lazy, and a request in one Region can depend on another's: a replica must have
 * the material its primary's rotation made, a primary waiting for its replicas must learn that
 * the last one was deleted. So before every request each joined Region applies what is due. A
 * Region with nothing due is checked without an await. Twice, as one Region's events can make
 * another's due (the last replica deleted starts the primary's waiting period).
 */
async function applyDueEventsOfEveryRegion(group: AccountGroup): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const region of group.list()) {
      const applying = region.applyDueEvents()
      if (applying !== undefined) await applying
    }
  }
}

/**
 * The store with `keys.put` reporting each record written, before it is stored, and then
 * running `afterPut` (which may write other Regions' stores).
 */
function watchKeyWrites(
  store: KmsStore,
  onPut: (key: KeyRecord) => void,
  afterPut: (key: KeyRecord) => Promise<void>,
): KmsStore {
  const keys: KmsCollection<KeyRecord> = {
    get: (id) => store.keys.get(id),
    put: async (id, value) => {
      onPut(value)
      await store.keys.put(id, value)
      await afterPut(value)
    },
    delete: (id) => store.keys.delete(id),
    list: () => store.keys.list(),
  }
  return { ...store, keys }
}

function withViaService(conditions: ConditionValues, options: CallOptions): ConditionValues {
  if (options.viaService === undefined) return conditions
  // A grant created through an AWS service is one for an AWS resource.
  // https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-grant-is-for-aws-resource
  const out: ConditionValues = { ...conditions, 'kms:ViaService': options.viaService }
  if ('kms:GrantIsForAWSResource' in conditions) out['kms:GrantIsForAWSResource'] = 'true'
  return out
}

/** Anything that is not a typed KMS error is a simulator bug: KMSInternalException (500). */
export function asKmsError(thrown: unknown): KmsError {
  if (thrown instanceof KmsError) return thrown
  const detail = thrown instanceof Error ? thrown.message : String(thrown)
  return new KMSInternalException(`An internal error occurred in the KeyDeck simulator: ${detail}`)
}
