/**
 * Two threads' shares of a file, run here on the calling thread with the same code the workers
 * run: together they give the envelope format, each block once, and an error crosses back as the
 * class and code the screen names.
 */
import { describe, expect, it } from 'vitest'
import {
  decryptWithDataKey,
  EnvelopeIntegrityError,
  generateDataKey,
  plaintextFrameCount,
  sealHeader,
} from '@/core/envelope/index.ts'
import { createFakeDataKeyService } from '@/core/envelope/testing/fake-data-key-service.ts'
import {
  blockCount,
  fromJobError,
  runFrameJob,
  toJobError,
  type FrameJob,
  type FrameJobMessage,
} from './frame-job.ts'

const F = 64
const plaintext = Uint8Array.from({ length: 11 * F + 5 }, (_, i) => (i * 31) & 0xff)

async function runShares(job: Omit<FrameJob, 'firstBlock' | 'step'>, threads = 2) {
  const messages: FrameJobMessage[][] = []
  await Promise.all(
    Array.from({ length: threads }, (_, index) => {
      const posted: FrameJobMessage[] = []
      messages.push(posted)
      return runFrameJob({ ...job, firstBlock: index, step: threads }, (m) => posted.push(m))
    }),
  )
  return messages
}

describe('a frame job', () => {
  it('seals every other block on each of two threads, together the envelope format', async () => {
    const kms = createFakeDataKeyService()
    const dataKey = await generateDataKey(kms, { keyId: await kms.createKey() })
    const sealed = await sealHeader(dataKey, F)
    const count = plaintextFrameCount(plaintext.length, F)
    const job = {
      kind: 'seal',
      file: new Blob([plaintext]),
      message: sealed,
      frameSize: F,
      headerLength: 0,
      count,
      framesPerBlock: 4,
    } as const
    const [first, second] = await runShares(job)
    // 12 frames in blocks of 4: thread 0 takes blocks 0 and 2, thread 1 block 1.
    expect(first!.map((m) => m.kind === 'block' && m.block)).toEqual([0, 2, false])
    expect(second!.map((m) => m.kind)).toEqual(['block', 'done'])
    const blocks: Blob[] = []
    for (const m of [...first!, ...second!]) if (m.kind === 'block') blocks[m.block] = m.blob
    expect(blocks).toHaveLength(blockCount(job))
    const envelope = new Uint8Array(
      await new Blob([sealed.bytes as Uint8Array<ArrayBuffer>, ...blocks]).arrayBuffer(),
    )
    expect(await decryptWithDataKey(dataKey, envelope)).toEqual(plaintext)
  })

  it('posts nothing more once stopped', async () => {
    const kms = createFakeDataKeyService()
    const sealed = await sealHeader(await generateDataKey(kms, { keyId: await kms.createKey() }), F)
    const posted: FrameJobMessage[] = []
    const job: FrameJob = {
      kind: 'seal',
      file: new Blob([plaintext]),
      message: sealed,
      frameSize: F,
      headerLength: 0,
      count: plaintextFrameCount(plaintext.length, F),
      framesPerBlock: 1,
      firstBlock: 0,
      step: 1,
    }
    await runFrameJob(
      job,
      (m) => posted.push(m),
      () => posted.length >= 2,
    )
    expect(posted.map((m) => m.kind)).toEqual(['block', 'block'])
  })

  it('sends an envelope error back as its class and code', () => {
    const error = fromJobError(
      toJobError(new EnvelopeIntegrityError('frame-tag', 'frame 7 failed authentication')),
    )
    expect(error).toBeInstanceOf(EnvelopeIntegrityError)
    expect(error).toMatchObject({ code: 'frame-tag', message: 'frame 7 failed authentication' })
  })
})
