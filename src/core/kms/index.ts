/**
 * The KMS simulator engine: AWS KMS semantics on WebCrypto, reachable through the same awsJson1_1
 * wire protocol as the real service (so the AWS SDK can talk to it) and through typed calls for
 * the UI. Pure TypeScript: runs in Node 20 and in the browser.
 * See CONTEXT.md for what is and is not simulated, CIPHERTEXT.md for the ciphertext format.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/Welcome.html
 */
import type { AuditEvent } from './audit/audit-event.ts'
import { readAuditTrail, type AuditQuery } from './audit/audit-trail.ts'
import { createAccountGroup, type AccountGroup } from './engine/account-group.ts'
import { createAuthorizer } from './engine/authorize.ts'
import { rootArnOf, type EngineContext } from './engine/engine-context.ts'
import { createKmsEngine, type CallOptions, type RunnableOperation } from './engine/kms-engine.ts'
import { createIamModel, type IamModel } from './iam/iam-model.ts'
import type { RandomSource } from './ids.ts'
import {
  operations,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from './operations/registry.ts'
import type { KmsStore } from './store/kms-store.ts'
import { createMemoryKmsStore } from './store/memory-store.ts'
import type { PrincipalArn } from './types.ts'
import { handleRequest, type KmsHttpResponse } from './wire/handle-request.ts'

export interface KmsOptions {
  /** Default `us-east-1`. */
  region?: string
  /** Default `111122223333`. */
  accountId?: string
  /** Epoch ms; default Date.now. */
  now?: () => number
  /** Default: a new in-memory store. Pass an existing store to restart on its keys. */
  store?: KmsStore
  /** Default crypto.getRandomValues. Used for key ids (UUID v4), IVs, data keys, request ids. */
  random?: RandomSource
  /**
   * Another Region of the same account: a simulator returned by an earlier `createKms`. The new
   * one has its own `region` (different from every Region already joined), its own keys,
   * aliases, grants and audit trail, and the account's IAM (the first simulator's). Joined
   * Regions share multi-Region keys (ReplicateKey, UpdatePrimaryRegion) and one request queue.
   * Give every joined simulator the same `now`.
   */
  sameAccountAs?: Kms
}

export interface Kms {
  readonly region: string
  readonly accountId: string
  /** `arn:aws:iam::<account>:root`, the default caller. */
  readonly rootArn: PrincipalArn
  /**
   * awsJson1_1: `target` is the X-Amz-Target value (`TrentService.CreateKey`), `body` the JSON
   * request text, `caller` the principal ARN (default: the account root). Never throws.
   */
  handle(target: string, body: string, caller?: string): Promise<KmsHttpResponse>
  /**
   * Typed call for the UI: blobs are Uint8Array, timestamps Date (as the AWS SDK gives them).
   * Throws a typed KmsError (NotFoundException, DisabledException, …).
   */
  call<N extends OperationName>(
    operation: N,
    input: OperationInput<N>,
    caller?: string,
    options?: CallOptions,
  ): Promise<OperationOutput<N>>
  /**
   * Applies automatic rotations and deletions that are due at `now()`. They also happen by
   * themselves before the next request; call this after moving a simulated clock to see them.
   */
  applyDueEvents(): Promise<void>
  /** The audit trail (CloudTrail-like), newest first, optionally for one key ARN. */
  auditTrail(query?: AuditQuery): Promise<AuditEvent[]>
  /** The learner's IAM users, roles and identity policies. */
  readonly iam: IamModel
}

/**
 * Creates a simulated KMS for one account and Region.
 * @example
 * const kms = createKms({ now: () => clock.now })
 * const { KeyMetadata } = await kms.call('CreateKey', { Description: 'orders' })
 * const { CiphertextBlob } = await kms.call('Encrypt', {
 *   KeyId: KeyMetadata.Arn,
 *   Plaintext: new TextEncoder().encode('secret'),
 *   EncryptionContext: { table: 'orders' },
 * })
 * // Or over the wire, as the AWS SDK does:
 * const res = await kms.handle('TrentService.DescribeKey', JSON.stringify({ KeyId: KeyMetadata.KeyId }))
 */
export function createKms(options: KmsOptions = {}): Kms {
  const joined = options.sameAccountAs === undefined ? undefined : groupOf(options.sameAccountAs)
  const accountId = options.accountId ?? joined?.accountId ?? '111122223333'
  if (joined !== undefined && accountId !== joined.accountId) {
    throw new Error(`sameAccountAs joins Regions of account ${joined.accountId}, not ${accountId}.`)
  }
  const ownStore = options.store ?? createMemoryKmsStore()
  const ctx: Omit<EngineContext, 'regions'> = {
    region: options.region ?? 'us-east-1',
    accountId,
    now: options.now ?? (() => Date.now()),
    random: options.random ?? defaultRandom,
    // IAM is global: every joined Region sees the first one's users, roles and their policies.
    store: joined === undefined ? ownStore : { ...ownStore, principals: joined.principals },
  }
  if (joined?.get(ctx.region) !== undefined) {
    throw new Error(`Region ${ctx.region} is already joined to account ${accountId}.`)
  }
  const group = joined ?? createAccountGroup(accountId, ctx.store.principals)
  const rootArn = rootArnOf(ctx.accountId)
  const registry: Readonly<Record<string, RunnableOperation>> = operations
  const engine = createKmsEngine(ctx, registry, createAuthorizer(), group)
  const callerOf = (caller: string | undefined) => (caller ?? rootArn) as PrincipalArn
  const kms: Kms = {
    region: ctx.region,
    accountId: ctx.accountId,
    rootArn,
    handle: (target, body, caller) =>
      handleRequest(engine, ctx.random, target, body, callerOf(caller)),
    async call(operation, input, caller, callOptions) {
      const { output } = await engine.execute(
        operation,
        input,
        'typed',
        callerOf(caller),
        callOptions,
      )
      return output as OperationOutput<typeof operation>
    },
    applyDueEvents: () => engine.applyDueEvents(),
    auditTrail: (query) => readAuditTrail(ctx.store, query),
    iam: createIamModel(ctx.store, ctx.accountId, ctx.now),
  }
  groups.set(kms, group)
  return kms
}

/** Which account group each simulator belongs to, for `sameAccountAs`. */
const groups = new WeakMap<Kms, AccountGroup>()

function groupOf(kms: Kms): AccountGroup {
  const group = groups.get(kms)
  if (group === undefined) throw new Error('sameAccountAs must be a simulator made by createKms.')
  return group
}

/**
 * Every request draws several small random values (request and event ids, IVs, data keys), and
 * each getRandomValues call has a fixed cost far above its bytes, so they are served from a pool
 * refilled 4 KiB at a time. Each byte is handed out once and the caller gets its own copy.
 */
const RANDOM_POOL_BYTES = 4096
let randomPool = new Uint8Array(0)
let randomPoolAt = 0

function defaultRandom(bytes: number): Uint8Array {
  if (bytes > RANDOM_POOL_BYTES / 4) return globalThis.crypto.getRandomValues(new Uint8Array(bytes))
  if (randomPoolAt + bytes > randomPool.length) {
    randomPool = globalThis.crypto.getRandomValues(new Uint8Array(RANDOM_POOL_BYTES))
    randomPoolAt = 0
  }
  const out = randomPool.slice(randomPoolAt, randomPoolAt + bytes)
  // Used bytes are zeroed so no copy of handed-out key material lingers in the pool.
  randomPool.fill(0, randomPoolAt, randomPoolAt + bytes)
  randomPoolAt += bytes
  return out
}

export { createMemoryKmsStore } from './store/memory-store.ts'
export type { KmsStore, KmsCollection } from './store/kms-store.ts'
export type { KeyRecord, KeyMaterial, SymmetricMaterialVersion } from './key-record.ts'
export type { AliasRecord } from './alias-record.ts'
export type { GrantConstraints, GrantOperation, GrantRecord } from './grant-record.ts'
export { GRANT_OPERATIONS } from './grant-record.ts'
export { grantOperationsFor } from './grants/grant-rules.ts'
export type { PrincipalKind, PrincipalRecord } from './iam/principal-record.ts'
export type { AuditEvent } from './audit/audit-event.ts'
export { callerName, cloudTrailRecord, KMS_SERVICE } from './audit/cloudtrail-record.ts'
export type {
  AccessDecision,
  AccessDenied,
  ConditionUnmet,
  IdentityConditionUnmet,
  UnmetCondition,
} from './policy/access-decision.ts'
export type { CallOptions } from './engine/kms-engine.ts'
export type { AuditQuery } from './audit/audit-trail.ts'
export type { IamModel } from './iam/iam-model.ts'
export type { KeyMetadata } from './key-metadata.ts'
export type { KmsHttpResponse } from './wire/handle-request.ts'
export type { OperationInput, OperationName, OperationOutput } from './operations/registry.ts'
export { OPERATION_NAMES } from './operations/registry.ts'
export { decodeBase64, encodeBase64 } from '../bytes/base64.ts'
export { toWireJson } from './wire/to-wire-json.ts'
export { derToPem, type PemLabel } from './crypto/pem.ts'
export { materialVersionOf } from './ciphertext/material-version-of.ts'
export {
  encryptionAlgorithmsOf,
  keyAgreementAlgorithmsOf,
  macAlgorithmsOf,
  signingAlgorithmsOf,
  SIMULATED_KEY_SPECS,
  simulatedUsagesOf,
} from './key-spec-rules.ts'
export { consoleKeyPolicyText, type ConsoleKeyPolicyChoices } from './console-key-policy.ts'
export { defaultKeyPolicyText } from './policy-texts.ts'
export { generateMaterialToImport, wrapMaterialForImport } from './import/wrap-for-import.ts'
export { isImportableKeySpec, type ImportableKeySpec } from './import/importable-key-specs.ts'
export {
  createEbs,
  EBS_CONTEXT_KEY,
  EBS_DEFAULT_KEY,
  EC2_RETIRING_PRINCIPAL,
  ec2Endpoint,
  ec2InfrastructureSession,
  VOLUME_KEY_BYTES,
  volumeContext,
  type Ebs,
  type EncryptedVolume,
  type KmsCaller,
  type ServiceCallOptions,
  type VolumeAttachment,
} from './services/ebs-volumes.ts'
export * from './errors.ts'
export * from './types.ts'
export {
  createSimulatedClock,
  NO_OFFSET,
  readClockState,
  type ClockState,
  type SimulatedClock,
} from './clock/simulated-clock.ts'
