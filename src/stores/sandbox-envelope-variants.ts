/**
 * The branches a learner can take at the end of the envelope walkthrough, each a few real calls
 * on the envelope the walkthrough made: a wrong encryption context, a rotation, a disabled key,
 * GenerateDataKeyWithoutPlaintext, and why not just Encrypt. As in the walkthrough, a data key
 * lives only inside the call that uses it: it is never kept here.
 */
import { create } from 'zustand'
import {
  decryptDataKey,
  decryptWithDataKey,
  encryptWithDataKey,
  generateDataKey,
  parseEnvelopeHeader,
  type EnvelopeParts,
} from '@/core/envelope/index.ts'
import { encodeBase64 } from '@/core/kms/index.ts'
import { envelopeAttempt, envelopeService } from './sandbox-envelope-service.ts'
import { dataBytes, useEnvelopeWalkthrough } from './sandbox-envelope.ts'
import { recordedCall, refreshKeys, type AwsErrorView } from './sandbox-store.ts'

export interface Fact {
  readonly label: string
  readonly value: string
}

/** One action's result: what came back, or the AWS error (some branches are about the error). */
export type VariantOutcome =
  | { readonly ok: true; readonly facts: readonly Fact[] }
  | { readonly ok: false; readonly error: AwsErrorView }

export const VARIANTS = [
  'encryption-context',
  'rotation',
  'disabled-key',
  'without-plaintext',
  'why-not-encrypt',
] as const
export type EnvelopeVariant = (typeof VARIANTS)[number]

/** The largest plaintext `Encrypt` takes. */
export const ENCRYPT_LIMIT = 4096

/**
 * KMS requests to protect `bytes`: Encrypt in 4 KB pieces (and as many Decrypts to read them
 * back), against one GenerateDataKey and one Decrypt with envelope encryption.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
 */
export function kmsCallsFor(bytes: number): { encrypt: number; envelope: number } {
  return { encrypt: Math.max(1, Math.ceil(bytes / ENCRYPT_LIMIT)), envelope: 2 }
}

export const RIGHT_CONTEXT = { department: 'finance' }
export const WRONG_CONTEXT = { department: 'marketing' }

interface VariantsState {
  readonly running: boolean
  readonly outcomes: Readonly<Partial<Record<EnvelopeVariant, readonly VariantOutcome[]>>>
}

export const useEnvelopeVariants = create<VariantsState>()(() => ({ running: false, outcomes: {} }))

// Ciphertext only: the envelope with a context, and a data key KMS returned without plaintext.
let contextEnvelope: Uint8Array | undefined
let laterDataKey: { keyId: string; encryptedDataKey: Uint8Array } | undefined

type Action = () => Promise<readonly Fact[]>

const walkthrough = () => {
  const { parts, envelope } = useEnvelopeWalkthrough.getState()
  if (parts === undefined || envelope === undefined) throw new Error('Run the walkthrough first')
  return { parts, envelope, keyId: parts.keyId }
}

const asText = (bytes: Uint8Array) => {
  const file = useEnvelopeWalkthrough.getState().file
  return file === undefined
    ? new TextDecoder().decode(bytes)
    : `${bytes.length} bytes of ${file.name}`
}

/** Decrypt the envelope's data key with KMS (as stored, or with `context` claimed), then the data. */
async function open(envelope: Uint8Array, parts: EnvelopeParts, context = parts.encryptionContext) {
  const key = await decryptDataKey(envelopeService(), { ...parts, encryptionContext: context })
  return asText(await decryptWithDataKey(key, envelope))
}

const ACTIONS: Record<EnvelopeVariant, readonly Action[]> = {
  'encryption-context': [
    async () => {
      const { keyId } = walkthrough()
      const key = await generateDataKey(envelopeService(), {
        keyId,
        encryptionContext: RIGHT_CONTEXT,
      })
      contextEnvelope = await encryptWithDataKey(key, dataBytes(useEnvelopeWalkthrough.getState()))
      const parts = parseEnvelopeHeader(contextEnvelope)
      return [
        {
          label: 'Encryption context in the header',
          value: JSON.stringify(parts.encryptionContext),
        },
        { label: 'Envelope', value: `${contextEnvelope.length} bytes` },
      ]
    },
    async () => {
      const envelope = need(contextEnvelope)
      return [
        {
          label: 'Data',
          value: await open(envelope, parseEnvelopeHeader(envelope), WRONG_CONTEXT),
        },
      ]
    },
    async () => {
      const envelope = need(contextEnvelope)
      return [{ label: 'Data', value: await open(envelope, parseEnvelopeHeader(envelope)) }]
    },
  ],
  rotation: [
    async () => {
      const { keyId } = walkthrough()
      await recordedCall('RotateKeyOnDemand', { KeyId: keyId })
      await refreshKeys()
      return [{ label: 'RotateKeyOnDemand', value: `new key material for ${keyId}` }]
    },
    async () => {
      const { envelope, parts } = walkthrough()
      return [
        {
          label: 'Data from the envelope made before the rotation',
          value: await open(envelope, parts),
        },
      ]
    },
  ],
  'disabled-key': [
    async () => {
      const { keyId } = walkthrough()
      await recordedCall('DisableKey', { KeyId: keyId })
      await refreshKeys()
      return [{ label: 'DisableKey', value: `${keyId} is Disabled` }]
    },
    async () => {
      const { envelope, parts } = walkthrough()
      return [{ label: 'Data', value: await open(envelope, parts) }]
    },
    async () => {
      const { keyId } = walkthrough()
      await recordedCall('EnableKey', { KeyId: keyId })
      await refreshKeys()
      return [{ label: 'EnableKey', value: `${keyId} is Enabled again` }]
    },
    async () => {
      const { envelope, parts } = walkthrough()
      return [{ label: 'Data', value: await open(envelope, parts) }]
    },
  ],
  'without-plaintext': [
    async () => {
      const { keyId } = walkthrough()
      const out = await recordedCall('GenerateDataKeyWithoutPlaintext', {
        KeyId: keyId,
        KeySpec: 'AES_256',
      })
      laterDataKey = { keyId: out.KeyId, encryptedDataKey: out.CiphertextBlob }
      return [
        { label: 'CiphertextBlob', value: encodeBase64(out.CiphertextBlob) },
        { label: 'KeyId', value: out.KeyId },
        { label: 'Plaintext', value: '(not in the response)' },
      ]
    },
    async () => {
      const later = need(laterDataKey)
      const key = await decryptDataKey(envelopeService(), { ...later, encryptionContext: {} })
      const envelope = await encryptWithDataKey(key, dataBytes(useEnvelopeWalkthrough.getState()))
      return [{ label: 'Envelope made with the data key', value: `${envelope.length} bytes` }]
    },
  ],
  'why-not-encrypt': [
    async () => {
      const { keyId } = walkthrough()
      const out = await recordedCall('Encrypt', {
        KeyId: keyId,
        Plaintext: new Uint8Array(ENCRYPT_LIMIT + 1),
      })
      return [{ label: 'CiphertextBlob', value: encodeBase64(out.CiphertextBlob) }]
    },
  ],
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('Take the earlier action first')
  return value
}

export const variantActionCount = (variant: EnvelopeVariant) => ACTIONS[variant].length

/** Runs the next action of `variant` and keeps its outcome, success or AWS error. */
export async function runVariantAction(variant: EnvelopeVariant, index: number): Promise<void> {
  const action = ACTIONS[variant][index]
  if (action === undefined || useEnvelopeVariants.getState().running) return
  useEnvelopeVariants.setState({ running: true })
  const result = await envelopeAttempt(action)
  const outcome: VariantOutcome = result.ok
    ? { ok: true, facts: result.value }
    : { ok: false, error: result.error }
  const { outcomes } = useEnvelopeVariants.getState()
  const kept = (outcomes[variant] ?? []).slice(0, index)
  useEnvelopeVariants.setState({
    running: false,
    outcomes: { ...outcomes, [variant]: [...kept, outcome] },
  })
}

export function resetEnvelopeVariants(): void {
  contextEnvelope = undefined
  laterDataKey = undefined
  useEnvelopeVariants.setState({ running: false, outcomes: {} })
}
