/**
 * Picks the default frame size: compares envelope encryption of 64 MiB, per frame size, with one
 * raw AES-256-GCM crypto.subtle.encrypt over the same bytes. Run:
 *   npx tsx bench/envelope-frame-size-bench.ts [MiB] [runs]   (also part of npm run bench)
 * Each run times raw, encryptBytes, decryptBytes and encryptStream back to back and reports
 * ratio = raw time / our time; the medians over the runs are printed, so background load that
 * drifts between runs mostly cancels out. The goal is encryptBytes ≥ 0.8x raw.
 */
import { decryptBytes, encryptBytes } from '../src/core/envelope/envelope-bytes.ts'
import { encryptStream } from '../src/core/envelope/envelope-stream.ts'
import { createFakeDataKeyService } from '../src/core/envelope/testing/fake-data-key-service.ts'

const mebibytes = Number(globalThis.process?.argv[2] ?? 64)
const runs = Number(globalThis.process?.argv[3] ?? 7)
const size = mebibytes * 1024 * 1024
const subtle = globalThis.crypto.subtle

const data = new Uint8Array(size)
for (let i = 0; i < size; i += 65536) globalThis.crypto.getRandomValues(data.subarray(i, i + 65536))

const kms = createFakeDataKeyService()
const keyArn = await kms.createKey()
const rawKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt'])

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await task()
  return performance.now() - start
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
}

/** Streaming, output discarded: what piping a file to storage costs. */
async function streamOnce(frameSize: number): Promise<void> {
  const transform = await encryptStream(kms, { keyId: keyArn, frameSize })
  const writer = transform.writable.getWriter()
  const writing = writer.write(data).then(() => writer.close())
  await transform.readable.pipeTo(new WritableStream())
  await writing
}

console.log(`${mebibytes} MiB, ${runs} runs, ratio = raw subtle.encrypt time / ours (median)`)
for (const frameSize of [64 * 1024, 256 * 1024, 1024 * 1024, 2048 * 1024, 4096 * 1024]) {
  const options = { keyId: keyArn, frameSize }
  const envelope = await encryptBytes(kms, data, options)
  const ratios = {
    encryptBytes: [] as number[],
    decryptBytes: [] as number[],
    encryptStream: [] as number[],
  }
  const rawTimes: number[] = []
  for (let run = 0; run < runs; run++) {
    const raw = await time(() =>
      subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, rawKey, data),
    )
    rawTimes.push(raw)
    ratios.encryptBytes.push(raw / (await time(() => encryptBytes(kms, data, options))))
    ratios.decryptBytes.push(raw / (await time(() => decryptBytes(kms, envelope))))
    ratios.encryptStream.push(raw / (await time(() => streamOnce(frameSize))))
  }
  console.log(
    `frame ${String(frameSize / 1024).padStart(4)} KiB (raw ${median(rawTimes).toFixed(0)} ms):`,
    Object.entries(ratios)
      .map(([name, values]) => `${name} ${median(values).toFixed(2)}x`)
      .join(', '),
  )
}
