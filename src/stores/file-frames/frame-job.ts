/**
 * One thread's share of a file: blocks of consecutive frames, every `step`-th block from
 * `firstBlock`, each read from the file in one slice, sealed or opened frame by frame
 * (core/envelope/frame-at.ts) and handed back as one Blob. Runs in a file-frame worker, or in the
 * calling thread where there are no workers (the unit tests), with the same code.
 *
 * Why here and not on the page's thread: in Chromium, reading the File, WebCrypto and
 * `new Blob` each cost the calling thread about as much as one raw AES-GCM call over the same
 * bytes (issue 12), so the page's thread alone cannot reach 0.8× raw; two workers share that.
 * Memory per thread: one block being read ahead, one being sealed or opened, and its output
 * until it becomes a Blob (Chromium keeps blob bytes outside the JS heap).
 */
import {
  EnvelopeFormatError,
  EnvelopeIntegrityError,
  envelopeFramesRange,
  frameUnitLength,
  openFrameAt,
  plaintextFramesRange,
  sealFrameAt,
  type ByteRange,
  type MessageKey,
} from '@/core/envelope/index.ts'

export interface FrameJob {
  /** `seal`: the file is plaintext; `open`: the file is an envelope whose header was opened. */
  readonly kind: 'seal' | 'open'
  readonly file: Blob
  readonly message: MessageKey
  readonly frameSize: number
  /** Envelope header length (`open`); 0 for `seal`. */
  readonly headerLength: number
  /** Frames in the message. */
  readonly count: number
  readonly framesPerBlock: number
  readonly firstBlock: number
  readonly step: number
}

/** An error as it crosses to the page: the envelope errors keep their class and code. */
export type FrameJobError =
  | { readonly kind: 'integrity'; readonly code: EnvelopeIntegrityError['code']; message: string }
  | { readonly kind: 'format'; readonly code: EnvelopeFormatError['code']; message: string }
  | { readonly kind: 'other'; readonly name: string; readonly message: string }

export type FrameJobMessage =
  /** Block `block` is done: its output, and how many input bytes it covered. */
  | { readonly kind: 'block'; readonly block: number; readonly blob: Blob; readonly bytes: number }
  | { readonly kind: 'error'; readonly error: FrameJobError }
  | { readonly kind: 'done' }

export function blockCount(job: Pick<FrameJob, 'count' | 'framesPerBlock'>): number {
  return Math.ceil(job.count / job.framesPerBlock)
}

function blockRange(job: FrameJob, block: number): ByteRange & { first: number; last: number } {
  const first = block * job.framesPerBlock + 1
  const last = Math.min(first + job.framesPerBlock - 1, job.count)
  const range =
    job.kind === 'seal'
      ? plaintextFramesRange(first, last, job.file.size, job.frameSize)
      : envelopeFramesRange(first, last, job.file.size, job.headerLength, job.frameSize)
  return { ...range, first, last }
}

function read(job: FrameJob, range: ByteRange): Promise<ArrayBuffer> {
  const reading = job.file.slice(range.start, range.end).arrayBuffer()
  reading.catch(() => undefined) // awaited on the block's turn
  return reading
}

/** Runs the job, posting each block, then `done` or one `error`; stops early if `stopped()`. */
export async function runFrameJob(
  job: FrameJob,
  post: (message: FrameJobMessage) => void,
  stopped: () => boolean = () => false,
): Promise<void> {
  try {
    const blocks = blockCount(job)
    let block = job.firstBlock
    let next = block < blocks ? read(job, blockRange(job, block)) : undefined
    while (next && !stopped()) {
      const range = blockRange(job, block)
      const input = new Uint8Array(await next)
      const following = block + job.step
      // Read ahead while this block is sealed or opened.
      next = following < blocks ? read(job, blockRange(job, following)) : undefined
      const parts = await processBlock(job, range, input)
      if (stopped()) return
      const blob = new Blob(parts)
      // Its bytes are in the Blob now: free the buffers at once rather than at the next GC.
      for (const part of [input, ...parts]) release(part)
      post({ kind: 'block', block, blob, bytes: range.end - range.start })
      block = following
    }
    if (!stopped()) post({ kind: 'done' })
  } catch (error) {
    post({ kind: 'error', error: toJobError(error) })
  }
}

async function processBlock(
  job: FrameJob,
  range: ByteRange & { first: number; last: number },
  input: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const parts: Uint8Array<ArrayBuffer>[] = []
  if (job.kind === 'seal') {
    for (let n = range.first; n <= range.last; n++) {
      const start = (n - range.first) * job.frameSize
      const plaintext = input.subarray(start, Math.min(start + job.frameSize, input.length))
      const [frameHeader, sealed] = await sealFrameAt(job.message, n, job.count, plaintext)
      parts.push(frameHeader as Uint8Array<ArrayBuffer>, sealed as Uint8Array<ArrayBuffer>)
    }
    return parts
  }
  const frameUnit = frameUnitLength(job.frameSize)
  for (let n = range.first; n <= range.last; n++) {
    const start = (n - range.first) * frameUnit
    const bytes = input.subarray(
      Math.min(start, input.length),
      Math.min(start + frameUnit, input.length),
    )
    const plaintext = await openFrameAt(job.message, job.frameSize, n, job.count, bytes)
    if (plaintext.length > 0) parts.push(plaintext as Uint8Array<ArrayBuffer>)
  }
  return parts
}

/**
 * Detaches a buffer the job owns whole (`ArrayBuffer.prototype.transfer`, ES2024; Chromium 114+),
 * as the page did before the workers: V8 collects dead ArrayBuffers only after tens of MB pile up.
 * Where it is missing (Node 20 in the unit tests), the collector frees them.
 */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }
  if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) buffer.transfer?.(0)
}

export function toJobError(error: unknown): FrameJobError {
  if (error instanceof EnvelopeIntegrityError) {
    return { kind: 'integrity', code: error.code, message: error.message }
  }
  if (error instanceof EnvelopeFormatError) {
    return { kind: 'format', code: error.code, message: error.message }
  }
  if (error instanceof Error) return { kind: 'other', name: error.name, message: error.message }
  return { kind: 'other', name: 'Error', message: String(error) }
}

/** The page's side: the error again as the class the screen names. */
export function fromJobError(error: FrameJobError): Error {
  if (error.kind === 'integrity') return new EnvelopeIntegrityError(error.code, error.message)
  if (error.kind === 'format') return new EnvelopeFormatError(error.code, error.message)
  const rebuilt = new Error(error.message)
  rebuilt.name = error.name
  return rebuilt
}
