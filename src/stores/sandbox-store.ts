/**
 * The sandbox's view of the learner's simulated KMS account: its keys, and the last AWS error a
 * request gave. A thin adapter: every action is one or two simulator calls (src/core/kms), and
 * the simulator persists itself through its own store (IndexedDB in the app, see
 * sandbox-connection.ts). Errors are never thrown at the UI: they are kept as AWS names them.
 */
import { create } from 'zustand'
import {
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
} from '@/core/kms/index.ts'

export interface AwsErrorView {
  /** The AWS error name, e.g. `DisabledException`. */
  readonly name: string
  readonly message: string
}

export type SandboxResult<T> = { ok: true; value: T } | { ok: false; error: AwsErrorView }

interface SandboxState {
  /**
   * `elsewhere`: another tab of this browser runs the simulator on the same account (one tab at
   * a time does, see sandbox-connection.ts), so this one shows no account until it takes over.
   */
  readonly status: 'connecting' | 'ready' | 'elsewhere' | 'failed'
  readonly keys: readonly KeyMetadata[]
  /** Why the simulator could not start (storage refused, say). */
  readonly failure: string | undefined
}

export const useSandboxStore = create<SandboxState>()(() => ({
  status: 'connecting',
  keys: [],
  failure: undefined,
}))

let kms: Kms | undefined

/** Attaches the simulator (the app's persistent one, or a test's) and loads its keys. */
export async function connectSandboxStore(simulator: Kms): Promise<void> {
  kms = simulator
  await refreshKeys()
  useSandboxStore.setState({ status: 'ready', failure: undefined })
}

/** The simulator now runs in another tab: this one lets go of it and shows no stale keys. */
export function disconnectSandboxStore(): void {
  kms = undefined
  useSandboxStore.setState({ status: 'elsewhere', keys: [] })
}

export function sandboxFailed(reason: string): void {
  useSandboxStore.setState({ status: 'failed', failure: reason })
}

/** Requests after a disconnect are refused like an AWS client without credentials. */
function connected(): Kms {
  if (kms === undefined) {
    throw new UnrecognizedClientException('The sandbox is open in another tab; use it there.')
  }
  return kms
}

/** Every key with its metadata, oldest first (ListKeys pages, then DescribeKey for each). */
async function refreshKeys(): Promise<void> {
  const simulator = connected()
  const ids: string[] = []
  let marker: string | undefined
  do {
    const page = await simulator.call('ListKeys', marker === undefined ? {} : { Marker: marker })
    ids.push(...page.Keys.map((k) => k.KeyId))
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  const described = await Promise.all(ids.map((KeyId) => simulator.call('DescribeKey', { KeyId })))
  const keys = described
    .map((d) => d.KeyMetadata)
    .sort((a, b) => a.CreationDate.getTime() - b.CreationDate.getTime())
  useSandboxStore.setState({ keys })
}

async function attempt<T>(request: () => Promise<T>): Promise<SandboxResult<T>> {
  try {
    return { ok: true, value: await request() }
  } catch (thrown) {
    if (thrown instanceof KmsError) {
      return { ok: false, error: { name: thrown.name, message: thrown.message } }
    }
    // kms.call throws only KmsErrors; anything else is a bug here, still shown, never thrown.
    return { ok: false, error: { name: 'Error', message: String(thrown) } }
  }
}

export function createKey(input: {
  description: string
  keySpec: KeySpec
  keyUsage: KeyUsage
}): Promise<SandboxResult<KeyMetadata>> {
  return attempt(async () => {
    const { KeyMetadata } = await connected().call('CreateKey', {
      Description: input.description,
      KeySpec: input.keySpec,
      KeyUsage: input.keyUsage,
    })
    await refreshKeys()
    return KeyMetadata
  })
}

export function setKeyEnabled(keyId: string, enabled: boolean): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await connected().call(enabled ? 'EnableKey' : 'DisableKey', { KeyId: keyId })
    await refreshKeys()
  })
}

/** Encrypt of UTF-8 text; the CiphertextBlob comes back as base64, as the AWS CLI shows it. */
export function encryptText(
  keyId: string,
  text: string,
  context: EncryptionContext,
): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const { CiphertextBlob } = await connected().call('Encrypt', {
      KeyId: keyId,
      Plaintext: new TextEncoder().encode(text),
      EncryptionContext: context,
    })
    return encodeBase64(CiphertextBlob)
  })
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
    const out = await connected().call('Decrypt', {
      CiphertextBlob: blob,
      EncryptionContext: context,
    })
    return { keyId: out.KeyId, text: new TextDecoder().decode(out.Plaintext) }
  })
}

/**
 * A raw awsJson1_1 request (`TrentService.<operation>`) to the connected simulator as the account
 * root, for the CLI panel; after a success the key list is read again, so the console shows what
 * the CLI did. Without a simulator (another tab has it) the answer is the error an AWS client
 * without credentials gets.
 */
export async function sendSandboxRequest(
  operation: string,
  body: string,
): Promise<{ status: number; body: string }> {
  if (kms === undefined) {
    const message = 'The sandbox is open in another tab; use it there.'
    return {
      status: 400,
      body: JSON.stringify({ __type: 'UnrecognizedClientException', message }),
    }
  }
  const response = await kms.handle(`TrentService.${operation}`, body)
  if (response.status === 200) await refreshKeys()
  return response
}
