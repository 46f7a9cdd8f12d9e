/**
 * The sandbox's view of the learner's simulated KMS account: its keys, and the last AWS error a
 * request gave. A thin adapter: every action is one or two simulator calls (src/core/kms), and
 * the simulator persists itself through its own store (IndexedDB in the app, see
 * sandbox-connection.ts). Errors are never thrown at the UI: they are kept as AWS names them.
 */
import { create } from 'zustand'
import {
  AccessDeniedException,
  decodeBase64,
  encodeBase64,
  KmsError,
  SerializationException,
  UnrecognizedClientException,
  type EncryptionContext,
  type Kms,
  type KeyMetadata,
  type KeySpec,
  type KeyUsage,
  type PrincipalRecord,
  toWireJson,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from '@/core/kms/index.ts'
import {
  explainAwsError,
  type ErrorExplanation,
  type ExplainableError,
} from './sandbox-error-explanation.ts'

export interface AwsErrorView {
  /** The AWS error name, e.g. `DisabledException`. */
  readonly name: string
  readonly message: string
  /** Why it happened and what fixes it, in plain words, when the error is one we explain. */
  readonly explanation?: ErrorExplanation
}

/** One alias of the account, as ListAliases returns it. */
export type AliasEntry = OperationOutput<'ListAliases'>['Aliases'][number]

/** A key's automatic rotation, as GetKeyRotationStatus reports it. */
export interface RotationView {
  readonly enabled: boolean
  readonly periodInDays?: number
  readonly nextRotationDate?: Date
}

/**
 * A learner's request and its answer as the AWS SDK sends and receives them (awsJson1_1 bodies:
 * blobs in base64, dates in epoch seconds; an error as `{"__type", "message"}`).
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
export interface WireExchange {
  readonly operation: OperationName
  readonly request: unknown
  /** 200, or the error's HTTP status (400; 500 for KMSInternalException). */
  readonly status: number
  /** The response body; undefined when it is empty (DisableKey, CreateAlias…). */
  readonly response: unknown
}

export type SandboxResult<T> = { ok: true; value: T } | { ok: false; error: AwsErrorView }

interface SandboxState {
  /**
   * `elsewhere`: another tab of this browser runs the simulator on the same account (one tab at
   * a time does, see sandbox-connection.ts), so this one shows no account until it takes over.
   */
  readonly status: 'connecting' | 'ready' | 'elsewhere' | 'failed'
  readonly keys: readonly KeyMetadata[]
  /** The account's aliases with a target key (the predefined AWS ones without a key left out). */
  readonly aliases: readonly AliasEntry[]
  /** Automatic rotation by key id, for the keys that can rotate (symmetric encryption keys). */
  readonly rotation: Readonly<Record<string, RotationView>>
  /** The last request an action of the learner sent (reads that refresh the screen aside). */
  readonly lastExchange: WireExchange | undefined
  /** Why the simulator could not start (storage refused, say). */
  readonly failure: string | undefined
  /** The learner's IAM users and roles, by ARN (the account root is not among them). */
  readonly principals: readonly PrincipalRecord[]
  /**
   * Who the console's actions call as ("Calling as"): an IAM user's or role's ARN, or undefined
   * for the account root (sandbox-identities.ts chooses and keeps it).
   */
  readonly caller: string | undefined
  /**
   * The account's second Region (multi-Region replicas go there) and its keys, oldest first;
   * undefined and empty when the simulator runs one Region (a test's).
   */
  readonly otherRegion: string | undefined
  readonly otherRegionKeys: readonly KeyMetadata[]
}

export const useSandboxStore = create<SandboxState>()(() => ({
  status: 'connecting',
  keys: [],
  aliases: [],
  rotation: {},
  lastExchange: undefined,
  failure: undefined,
  principals: [],
  caller: undefined,
  otherRegion: undefined,
  otherRegionKeys: [],
}))

let kms: Kms | undefined
let otherKms: Kms | undefined

/**
 * Attaches the simulator (the app's persistent one, or a test's) and loads its keys; `other`
 * is the account's second Region, joined to it (`createKms({ sameAccountAs })`).
 */
export async function connectSandboxStore(simulator: Kms, other?: Kms): Promise<void> {
  kms = simulator
  otherKms = other
  useSandboxStore.setState({ otherRegion: other?.region, otherRegionKeys: [] })
  await refreshKeys()
  useSandboxStore.setState({ status: 'ready', failure: undefined })
}

/** The simulator now runs in another tab: this one lets go of it and shows no stale keys. */
export function disconnectSandboxStore(): void {
  kms = undefined
  otherKms = undefined
  useSandboxStore.setState({
    otherRegionKeys: [],
    status: 'elsewhere',
    keys: [],
    aliases: [],
    rotation: {},
    principals: [],
  })
}

export function sandboxFailed(reason: string): void {
  useSandboxStore.setState({ status: 'failed', failure: reason })
}

/** Requests after a disconnect are refused like an AWS client without credentials. */
export function connected(): Kms {
  if (kms === undefined) {
    throw new UnrecognizedClientException('The sandbox is open in another tab; use it there.')
  }
  return kms
}

/** The account's second Region's simulator, if it runs one (see `connected`). */
export function connectedOtherRegion(): Kms | undefined {
  connected()
  return otherKms
}

/** The simulator of a Region of the account: the home one, or the second; undefined for any other. */
export function connectedIn(region: string): Kms | undefined {
  const home = connected()
  if (region === home.region) return home
  return otherKms?.region === region ? otherKms : undefined
}

/** Every key of a Region with its metadata, oldest first (ListKeys pages, then DescribeKey). */
async function describeAllKeys(simulator: Kms): Promise<KeyMetadata[]> {
  const ids: string[] = []
  let marker: string | undefined
  do {
    const page = await simulator.call('ListKeys', marker === undefined ? {} : { Marker: marker })
    ids.push(...page.Keys.map((k) => k.KeyId))
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  const described = await Promise.all(ids.map((KeyId) => simulator.call('DescribeKey', { KeyId })))
  return described
    .map((d) => d.KeyMetadata)
    .sort((a, b) => a.CreationDate.getTime() - b.CreationDate.getTime())
}

/**
 * Every key with its metadata, oldest first (ListKeys pages, then DescribeKey for each), the
 * aliases that name a key, and the rotation status of the keys that rotate.
 */
export async function refreshKeys(): Promise<void> {
  const simulator = connected()
  const keys = await describeAllKeys(simulator)
  const otherRegionKeys = otherKms === undefined ? [] : await describeAllKeys(otherKms)
  const aliases = await listAllAliases(simulator)
  const rotation: Record<string, RotationView> = {}
  for (const key of keys) {
    // Keys with imported material have no automatic rotation (GetKeyRotationStatus refuses
    // them): asking would put a failed call in the learner's audit trail at every refresh.
    if (key.KeySpec !== 'SYMMETRIC_DEFAULT' || key.Origin !== 'AWS_KMS') continue
    const status = await simulator
      .call('GetKeyRotationStatus', { KeyId: key.KeyId })
      .catch(() => undefined)
    if (status === undefined) continue
    rotation[key.KeyId] = {
      enabled: status.KeyRotationEnabled,
      ...(status.RotationPeriodInDays !== undefined && {
        periodInDays: status.RotationPeriodInDays,
      }),
      ...(status.NextRotationDate !== undefined && { nextRotationDate: status.NextRotationDate }),
    }
  }
  const principals = await simulator.iam.listPrincipals()
  useSandboxStore.setState({ keys, aliases, rotation, principals, otherRegionKeys })
}

async function listAllAliases(simulator: Kms): Promise<AliasEntry[]> {
  const aliases: AliasEntry[] = []
  let marker: string | undefined
  do {
    const page = await simulator.call('ListAliases', marker === undefined ? {} : { Marker: marker })
    aliases.push(...page.Aliases.filter((a) => a.TargetKeyId !== undefined))
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  return aliases
}

/**
 * Runs a request and keeps its failure as the AWS error; with the operation named, the error
 * also carries its explanation (sandbox-error-explanation.ts).
 */
export async function attempt<T>(
  request: () => Promise<T>,
  operation?: OperationName,
): Promise<SandboxResult<T>> {
  try {
    return { ok: true, value: await request() }
  } catch (thrown) {
    if (thrown instanceof KmsError) {
      const explanation = explainAwsError(
        { name: thrown.name, message: thrown.message, ...accessDeniedWhy(thrown) },
        operation,
      )
      return {
        ok: false,
        error: {
          name: thrown.name,
          message: thrown.message,
          ...(explanation !== undefined && { explanation }),
        },
      }
    }
    // kms.call throws only KmsErrors; anything else is a bug here, still shown, never thrown.
    return { ok: false, error: { name: 'Error', message: String(thrown) } }
  }
}

const wireBody = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(toWireJson(value)) as unknown)

/**
 * One call of a learner's action, kept as `lastExchange` (request and response on the wire) so
 * the screen can show exactly what the SDK would have sent and received. Throws as `call` does.
 */
export async function recordedCall<N extends OperationName>(
  operation: N,
  input: OperationInput<N>,
  /** Response members returned to the caller but never kept here: a plaintext data key. */
  withheld: readonly string[] = [],
): Promise<OperationOutput<N>> {
  const request = wireBody(input)
  try {
    const output = await connected().call(operation, input, useSandboxStore.getState().caller)
    const response = withholding(wireBody(output), withheld)
    useSandboxStore.setState({ lastExchange: { operation, request, status: 200, response } })
    return output
  } catch (thrown) {
    if (thrown instanceof KmsError) {
      const response = { __type: thrown.name, message: thrown.message }
      useSandboxStore.setState({
        lastExchange: { operation, request, status: thrown.httpStatus, response },
      })
    }
    throw thrown
  }
}

/** What the kept response shows in place of a withheld member. */
export const WITHHELD =
  '(withheld: the screen that asked for it shows it once and keeps it nowhere)'

function withholding(body: unknown, members: readonly string[]): unknown {
  if (members.length === 0 || typeof body !== 'object' || body === null) return body
  const kept: Record<string, unknown> = { ...(body as Record<string, unknown>) }
  for (const member of members) if (member in kept) kept[member] = WITHHELD
  return kept
}

/** The simulator's own account of an access decision, for AccessDeniedException. */
function accessDeniedWhy(
  error: KmsError,
): Pick<ExplainableError, 'decision' | 'accessDecision' | 'caller'> {
  if (!(error instanceof AccessDeniedException)) return {}
  const { caller } = useSandboxStore.getState()
  return {
    ...(caller !== undefined && { caller }),
    ...(error.explanation !== undefined && { decision: error.explanation }),
    ...(error.decision !== undefined && { accessDecision: error.decision }),
  }
}

export function createKey(input: {
  description: string
  keySpec: KeySpec
  keyUsage: KeyUsage
}): Promise<SandboxResult<KeyMetadata>> {
  return attempt(async () => {
    const { KeyMetadata } = await recordedCall('CreateKey', {
      Description: input.description,
      KeySpec: input.keySpec,
      KeyUsage: input.keyUsage,
    })
    await refreshKeys()
    return KeyMetadata
  }, 'CreateKey')
}

const enabledOperation = (enabled: boolean) => (enabled ? 'EnableKey' : 'DisableKey')

export function setKeyEnabled(keyId: string, enabled: boolean): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall(enabledOperation(enabled), { KeyId: keyId })
    await refreshKeys()
  }, enabledOperation(enabled))
}

/** Encrypt of UTF-8 text; the CiphertextBlob comes back as base64, as the AWS CLI shows it. */
export function encryptText(
  keyId: string,
  text: string,
  context: EncryptionContext,
): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const { CiphertextBlob } = await recordedCall('Encrypt', {
      KeyId: keyId,
      Plaintext: new TextEncoder().encode(text),
      EncryptionContext: context,
    })
    return encodeBase64(CiphertextBlob)
  }, 'Encrypt')
}

/**
 * Decrypt of a base64 CiphertextBlob (line breaks and spaces ignored, as when pasted from a
 * terminal). Text that is not base64 fails as it does on the wire, with SerializationException.
 */
export function decryptBase64(
  base64: string,
  context: EncryptionContext,
): Promise<SandboxResult<{ keyId: string; text: string }>> {
  return attempt(async () => {
    const blob = decodeBase64(base64.replace(/\s+/g, ''))
    if (blob === undefined) {
      throw new SerializationException("Value of member 'CiphertextBlob' is not valid base64.")
    }
    const out = await recordedCall('Decrypt', {
      CiphertextBlob: blob,
      EncryptionContext: context,
    })
    return { keyId: out.KeyId, text: new TextDecoder().decode(out.Plaintext) }
  }, 'Decrypt')
}

/**
 * A raw awsJson1_1 request (`TrentService.<operation>`) to the connected simulator as the
 * identity the console calls as ("Calling as", the account root by default), for the CLI panel; after a success the key list is read again, so the console shows what
 * the CLI did. Without a simulator (another tab has it) the answer is the error an AWS client
 * without credentials gets.
 */
export async function sendSandboxRequest(
  operation: string,
  body: string,
  /** The account's second Region rather than its home one (the CLI's `--region`). */
  other = false,
): Promise<{ status: number; body: string }> {
  const simulator = other ? otherKms : kms
  if (simulator === undefined) {
    const message = 'The sandbox is open in another tab; use it there.'
    return {
      status: 400,
      body: JSON.stringify({ __type: 'UnrecognizedClientException', message }),
    }
  }
  const response = await simulator.handle(
    `TrentService.${operation}`,
    body,
    useSandboxStore.getState().caller,
  )
  if (response.status === 200) await refreshKeys()
  return response
}
