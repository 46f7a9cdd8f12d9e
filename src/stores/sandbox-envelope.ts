/**
 * The envelope encryption walkthrough (issue 12, item 1): one real call per step on the learner's
 * account, through the step functions of `@/core/envelope`: GenerateDataKey → encrypt in the
 * browser → discard the plaintext key → the envelope → Decrypt the data key → decrypt the data.
 *
 * The plaintext data key never rests (item 3): the bytes GenerateDataKey returned are zeroed by
 * `generateDataKey` once imported as a non-extractable CryptoKey; the one copy kept to show it
 * (and its base64) lives only until the discard step, which zeroes the copy and drops it, the
 * CryptoKey and the text. Nothing here is persisted.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html
 */
import { create } from 'zustand'
import {
  decryptDataKey,
  decryptWithDataKey,
  encryptWithDataKey,
  generateDataKey,
  parseEnvelopeHeader,
  type DataKey,
  type EnvelopeParts,
} from '@/core/envelope/index.ts'
import { encodeBase64 } from '@/core/kms/index.ts'
import { envelopeAttempt, envelopeService } from './sandbox-envelope-service.ts'
import type { AwsErrorView } from './sandbox-store.ts'

export const ENVELOPE_STEPS = [
  'data',
  'generate',
  'encrypt',
  'discard',
  'store',
  'decrypt-key',
  'decrypt-data',
  'variants',
] as const
export type EnvelopeStep = (typeof ENVELOPE_STEPS)[number]

/** GenerateDataKey's response as the SDK returns it (blobs in base64, as the CLI prints them). */
export interface GeneratedView {
  readonly KeyId: string
  readonly CiphertextBlob: string
  /** Base64 of the plaintext data key; undefined once discarded. */
  readonly Plaintext: string | undefined
}

/** What the browser's AES-GCM call made of the data: the first frame's IV, ciphertext and tag. */
export interface SealedView {
  readonly iv: string
  readonly ciphertext: string
  readonly tag: string
  readonly ciphertextLength: number
}

export interface EnvelopeWalkthroughState {
  readonly at: number
  readonly running: boolean
  /** The AWS error of the step now shown, if its call failed. */
  readonly failure: AwsErrorView | undefined
  readonly text: string
  /** The KMS key GenerateDataKey will use: the one chosen on the page. */
  readonly keyId: string | undefined
  /** A dropped or chosen file replaces the text. */
  readonly file: { readonly name: string; readonly bytes: Uint8Array } | undefined
  /** Why the file chosen last was not taken (too large to show here). */
  readonly fileProblem: string | undefined
  readonly generated: GeneratedView | undefined
  readonly sealed: SealedView | undefined
  /** The wiped key bytes (all zero), shown in place of the key. */
  readonly discarded: string | undefined
  readonly envelope: Uint8Array | undefined
  readonly parts: EnvelopeParts | undefined
  /** Decrypt's response: the key ARN; its Plaintext went straight into a CryptoKey. */
  readonly decryptedKeyId: string | undefined
  readonly recovered: string | undefined
}

const INITIAL: Omit<EnvelopeWalkthroughState, 'text'> = {
  at: 0,
  running: false,
  failure: undefined,
  file: undefined,
  fileProblem: undefined,
  keyId: undefined,
  generated: undefined,
  sealed: undefined,
  discarded: undefined,
  envelope: undefined,
  parts: undefined,
  decryptedKeyId: undefined,
  recovered: undefined,
}

export const SAMPLE_TEXT = 'Meet me at the lighthouse at dawn.'

export const useEnvelopeWalkthrough = create<EnvelopeWalkthroughState>()(() => ({
  ...INITIAL,
  text: SAMPLE_TEXT,
}))

// Held outside the store, so no view (or devtools snapshot) of the state holds key material.
let shownKey: Uint8Array | undefined
let dataKey: DataKey | undefined

const set = useEnvelopeWalkthrough.setState
const get = useEnvelopeWalkthrough.getState

export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ')

/** The data to encrypt: the file's bytes, or the text as UTF-8. */
export function dataBytes(state: Pick<EnvelopeWalkthroughState, 'file' | 'text'>): Uint8Array {
  return state.file?.bytes ?? new TextEncoder().encode(state.text)
}

/** Whether step `at` has done its work, so Next may go on. */
export function envelopeStepDone(state: EnvelopeWalkthroughState, at: number): boolean {
  switch (ENVELOPE_STEPS[at]) {
    case 'data':
      return dataBytes(state).length > 0 && state.keyId !== undefined
    case 'generate':
      return state.generated !== undefined
    case 'encrypt':
      return state.sealed !== undefined
    case 'discard':
      return state.discarded !== undefined
    case 'store':
      return state.parts !== undefined
    case 'decrypt-key':
      return state.decryptedKeyId !== undefined
    case 'decrypt-data':
      return state.recovered !== undefined
    default:
      return false
  }
}

export function envelopeNext(): void {
  const state = get()
  if (state.running || !envelopeStepDone(state, state.at)) return
  if (state.at < ENVELOPE_STEPS.length - 1) set({ at: state.at + 1, failure: undefined })
}

export function envelopeBack(): void {
  const state = get()
  if (state.running || state.at === 0) return
  set({ at: state.at - 1, failure: undefined })
}

export function setEnvelopeText(text: string): void {
  set({ text, file: undefined, fileProblem: undefined })
}

export function setEnvelopeKey(keyId: string | undefined): void {
  if (get().keyId !== keyId) set({ keyId })
}

/** The walkthrough shows the bytes of one frame: a file of at most 1 MiB (the frame size). */
export const MAX_WALKTHROUGH_FILE = 1024 * 1024

/** A file to encrypt, read only when it is small enough (`size` is known before reading). */
export async function setEnvelopeFile(
  name: string,
  size: number,
  read: () => Promise<ArrayBuffer>,
): Promise<void> {
  if (size > MAX_WALKTHROUGH_FILE) {
    set({ fileProblem: `${name} is larger than 1 MB: use file encryption for it.` })
  } else set({ file: { name, bytes: new Uint8Array(await read()) }, fileProblem: undefined })
}

async function step(run: () => Promise<Partial<EnvelopeWalkthroughState> | undefined>) {
  set({ running: true, failure: undefined })
  const result = await envelopeAttempt(run)
  if (result.ok) set({ ...result.value, running: false })
  else set({ running: false, failure: result.error })
}

/** Step 2: GenerateDataKey under the chosen key; the response as the SDK returns it. */
export function runGenerateDataKey(): Promise<void> {
  return step(async () => {
    forgetKeyMaterial()
    const keyId = get().keyId
    if (keyId === undefined) throw new Error('Choose a KMS key first')
    let copy: Uint8Array | undefined
    const generated = await generateDataKey(
      envelopeService((bytes) => (copy = bytes)),
      { keyId },
    )
    dataKey = generated
    shownKey = copy
    return {
      generated: {
        KeyId: generated.keyId,
        CiphertextBlob: encodeBase64(generated.encryptedDataKey),
        Plaintext: copy && encodeBase64(copy),
      },
    }
  })
}

/** Step 3: AES-GCM in the browser with the data key; the envelope holds the encrypted key. */
export function runEncryptData(): Promise<void> {
  return step(async () => {
    if (dataKey === undefined) throw new Error('GenerateDataKey first')
    const envelope = await encryptWithDataKey(dataKey, dataBytes(get()))
    const parts = parseEnvelopeHeader(envelope)
    return { sealed: firstFrame(envelope, parts), envelope, parts }
  })
}

/**
 * Step 4: zero the shown copy of the plaintext key and drop every reference to it and to the
 * CryptoKey made from it. A JavaScript string cannot be wiped, only dropped: the base64 text
 * goes with the state that held it.
 */
export function discardPlaintextKey(): void {
  const zeros = shownKey ?? new Uint8Array(32)
  zeros.fill(0)
  const shown = hex(zeros)
  forgetKeyMaterial()
  const generated = get().generated
  set({
    discarded: shown,
    ...(generated !== undefined && { generated: { ...generated, Plaintext: undefined } }),
  })
}

/** Step 6: KMS Decrypt of the encrypted data key the envelope's header holds. */
export function runDecryptDataKey(): Promise<void> {
  return step(async () => {
    const parts = get().parts
    if (parts === undefined) throw new Error('Encrypt first')
    dataKey = await decryptDataKey(envelopeService(), parts)
    return { decryptedKeyId: dataKey.keyId }
  })
}

/** Step 7: decrypt the data in the browser; then the data key is dropped again. */
export function runDecryptData(): Promise<void> {
  return step(async () => {
    const envelope = get().envelope
    if (dataKey === undefined || envelope === undefined) throw new Error('Decrypt the key first')
    const plaintext = await decryptWithDataKey(dataKey, envelope)
    dataKey = undefined
    const file = get().file
    return {
      recovered:
        file === undefined
          ? new TextDecoder().decode(plaintext)
          : `${file.name}: ${plaintext.length.toLocaleString('en')} bytes, ${equal(plaintext, file.bytes) ? 'the same bytes as the file' : 'NOT the bytes of the file'}`,
    }
  })
}

/** Starts over (and leaving the page does too): every key and result is dropped. */
export function resetEnvelopeWalkthrough(): void {
  forgetKeyMaterial()
  set({ ...INITIAL, text: get().text, keyId: get().keyId })
}

/** Whether the page holds any key material now (for tests of item 3). */
export function holdsKeyMaterial(): boolean {
  return shownKey !== undefined || dataKey !== undefined
}

function forgetKeyMaterial(): void {
  shownKey?.fill(0)
  shownKey = undefined
  dataKey = undefined
}

function firstFrame(envelope: Uint8Array, parts: EnvelopeParts): SealedView {
  const frame = parts.frames[0]!
  const iv = new Uint8Array(12)
  // IV(i) = message ID bytes 0–7 ‖ uint32 i (docs/envelope-format.md, "Frames").
  iv.set(parts.messageId.subarray(0, 8))
  new DataView(iv.buffer).setUint32(8, frame.sequenceNumber)
  const start = frame.offset + 9
  const end = frame.offset + frame.byteLength - 16
  return {
    iv: hex(iv),
    ciphertext: hex(envelope.subarray(start, Math.min(end, start + 48))),
    tag: hex(envelope.subarray(end, end + 16)),
    ciphertextLength: end - start,
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
