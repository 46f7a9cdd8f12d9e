/**
 * Memory is bounded by the frame size, not the data size. The transformers are driven directly
 * with a recording controller, so their internal buffer and every enqueued chunk can be checked
 * after each input chunk; the stream tests show output flows before the input ends.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { concatBytes } from './bytes.ts'
import { generateDataKey } from './data-key.ts'
import type { DataKey } from './data-key.ts'
import { sealHeader } from './envelope-cipher.ts'
import { TAG_LENGTH } from './envelope-header.ts'
import { decryptStream, encryptStream } from './envelope-stream.ts'
import { encryptWithDataKey, decryptWithDataKey } from './envelope-bytes.ts'
import { FrameDecryptor } from './frame-decryptor.ts'
import { FrameEncryptor, IN_FLIGHT } from './frame-encryptor.ts'
import { createFakeDataKeyService } from './testing/fake-data-key-service.ts'
import type { FakeDataKeyService } from './testing/fake-data-key-service.ts'
import { patternBytes, splitAt } from './testing/stream-test-utils.ts'

const F = 100
let kms: FakeDataKeyService
let keyArn: string
let dataKey: DataKey

beforeAll(async () => {
  kms = createFakeDataKeyService()
  keyArn = await kms.createKey()
  dataKey = await generateDataKey(kms, { keyId: keyArn })
})

function recorder() {
  const enqueued: Uint8Array[] = []
  const controller = { enqueue: (chunk: Uint8Array) => void enqueued.push(chunk) }
  return {
    enqueued,
    controller: controller as unknown as TransformStreamDefaultController<Uint8Array>,
  }
}

describe('encryption holds at most one frame of plaintext', () => {
  it(
    'for any chunking: buffered ≤ frame size, every input byte is buffered or already out',
    { timeout: 30_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 20 * F }),
          fc.array(fc.nat({ max: 20 * F }), { maxLength: 30 }),
          async (size, cuts) => {
            const plaintext = patternBytes(size, size + 1)
            const sealed = await sealHeader(dataKey, F)
            const encryptor = new FrameEncryptor(sealed, sealed.bytes, F)
            const { enqueued, controller } = recorder()
            encryptor.start(controller)
            let consumed = 0
            for (const chunk of splitAt(plaintext, cuts)) {
              await encryptor.transform(chunk, controller)
              consumed += chunk.length
              // The header, then a [frame header, sealed] pair per frame.
              const framesOut = (enqueued.length - 1) / 2
              // Bounded memory: one frame of plaintext, fewer than IN_FLIGHT frames being sealed.
              expect(encryptor.bufferedBytes).toBeLessThanOrEqual(F)
              expect(encryptor.inFlightFrames).toBeLessThan(IN_FLIGHT)
              expect((framesOut + encryptor.inFlightFrames) * F + encryptor.bufferedBytes).toBe(
                consumed,
              )
            }
            await encryptor.flush(controller)
            expect(encryptor.bufferedBytes).toBe(0)
            expect(enqueued.slice(1).every((chunk) => chunk.length <= F + TAG_LENGTH)).toBe(true)
            expect(await decryptWithDataKey(dataKey, concatBytes(enqueued))).toEqual(plaintext)
          },
        ),
        { numRuns: 100 },
      )
    },
  )

  it('encrypts whole frames straight from a large input chunk', async () => {
    const sealed = await sealHeader(dataKey, F)
    const encryptor = new FrameEncryptor(sealed, sealed.bytes, F)
    const { enqueued, controller } = recorder()
    encryptor.start(controller)
    await encryptor.transform(patternBytes(50 * F), controller)
    // 49 frames out or being sealed, the 50th held back in case it is the last one.
    expect((enqueued.length - 1) / 2 + encryptor.inFlightFrames).toBe(49)
    expect(encryptor.inFlightFrames).toBeLessThan(IN_FLIGHT)
    expect(encryptor.bufferedBytes).toBe(F)
  })
})

describe('decryption holds at most one header or frame', () => {
  it(
    'for any chunking: buffered ≤ one frame on the wire, released plaintext is a verified prefix',
    { timeout: 30_000 },
    async () => {
      const plaintext = patternBytes(12 * F + 34)
      const envelope = await encryptWithDataKey(dataKey, plaintext, { frameSize: F })
      const headerLength = envelope.length - (13 * (9 + TAG_LENGTH) + plaintext.length)
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.nat({ max: envelope.length }), { maxLength: 40 }),
          async (cuts) => {
            const decryptor = new FrameDecryptor(() => Promise.resolve(dataKey.key))
            const { enqueued, controller } = recorder()
            for (const chunk of splitAt(envelope, cuts)) {
              await decryptor.transform(chunk, controller)
              expect(decryptor.bufferedBytes).toBeLessThan(Math.max(headerLength, F + TAG_LENGTH))
              const released = concatBytes(enqueued)
              expect(released).toEqual(plaintext.subarray(0, released.length))
            }
            decryptor.flush()
            expect(enqueued.every((chunk) => chunk.length <= F)).toBe(true)
            expect(concatBytes(enqueued)).toEqual(plaintext)
          },
        ),
        { numRuns: 100 },
      )
    },
  )
})

describe('streams emit output before their input ends', () => {
  it('encryptStream emits the header and completed frames while the writer is still open', async () => {
    const transform = await encryptStream(kms, { keyId: keyArn, frameSize: F })
    const writer = transform.writable.getWriter()
    const reader = transform.readable.getReader()
    void writer.write(patternBytes(3 * F))
    const out: Uint8Array[] = []
    for (let i = 0; i < 5; i++) out.push((await reader.read()).value!) // header + 2 frames
    expect(out.map((c) => c.length).slice(1)).toEqual([9, F + TAG_LENGTH, 9, F + TAG_LENGTH])
    void writer.close()
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value)
    expect(out).toHaveLength(7) // the held-back third frame, now final
  })

  it('decryptStream releases a frame as soon as it authenticates', async () => {
    const plaintext = patternBytes(3 * F)
    const envelope = await encryptWithDataKey(dataKey, plaintext, { frameSize: F })
    const firstFrameEnd = envelope.length - 2 * (9 + F + TAG_LENGTH)
    const transform = decryptStream(kms)
    const writer = transform.writable.getWriter()
    const reader = transform.readable.getReader()
    void writer.write(envelope.subarray(0, firstFrameEnd))
    expect((await reader.read()).value).toEqual(plaintext.subarray(0, F))
    void writer.write(envelope.subarray(firstFrameEnd))
    void writer.close()
    expect((await reader.read()).value).toEqual(plaintext.subarray(F, 2 * F))
  })
})
