/**
 * File encryption at /sandbox/files in Chromium (issue 12): the time to encrypt and to decrypt a
 * generated file through the page's two inputs (file read, envelope frames, output kept as Blob
 * parts, from the input's change event until its Download button shows, both timed in the page),
 * against one raw WebCrypto AES-256-GCM call over the
 * same bytes in the same page (bytes already in memory: the bound the page cannot beat), and the
 * JS heap's growth while the page encrypts, sampled every 20 ms (performance.memory with
 * --enable-precise-memory-info, after a forced GC). Targets: ≥ 0.8× raw, heap growth ≤ 64 MB.
 */
import { createHash } from 'node:crypto'
import { createReadStream, writeFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.ts'
import { median, withPreviewServer } from './preview-server.ts'

const PORT = Number(process.env.BENCH_PORT ?? 4183)
const MB = 1000 * 1000
/**
 * The frame workers' buffers (src/stores/sandbox-files.ts): two threads, each holding at most
 * three blocks of 8 frames of 1 MiB. performance.memory counts the page's heap only.
 */
const WORKER_BOUND_MB = 2 * 3 * 8
/** Sizes in MB and rounds can be narrowed while profiling: BENCH_FILE_SIZES=64 BENCH_ROUNDS=5. */
const SIZES = (process.env.BENCH_FILE_SIZES ?? '64,256').split(',').map((mb) => Number(mb) * MB)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/**
 * The "a 1 GB file round trip completes": encrypted, decrypted, compared by SHA-256.
 * BENCH_ROUND_TRIP=0 skips it.
 */
const ROUND_TRIP = process.env.BENCH_ROUND_TRIP === '0' ? 0 : 1000 * MB

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The same bytes in Node and in the page: byte i is (i * 31) & 255. */
function pattern(length: number): Buffer {
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) bytes[i] = (i * 31) & 0xff
  return bytes
}

type Probe = {
  __peak?: number
  __base?: number
  __timer?: number
  __start?: number
  __done?: number
  __observer?: MutationObserver
}

/**
 * Chooses `path` in `label`, waits for the Download button; ms and the heap peak growth. The time
 * is taken in the page, from the input's change event to the DOM commit that shows the Download
 * button again after the progress bar: timed from Node, each run also counted Playwright's
 * polling for the button (it backs off to 500 ms between checks), 250-450 ms per 64 MB run.
 */
async function timeInput(page: Page, label: string, path: string) {
  // No named functions inside page.evaluate: tsx would wrap them in a helper the page lacks.
  await page.evaluate(() => {
    const probe = window as unknown as Probe & { gc?: () => void }
    // performance.memory is a new snapshot on each read: read it each time.
    const perf = performance as unknown as { memory: { usedJSHeapSize: number } }
    // Twice: V8 frees dead ArrayBuffers concurrently after a GC and counts them out only at the
    // next one, so after one gc() the base still held the last round's buffers (rounds after the
    // first then read ≈ 0 MB of growth).
    probe.gc?.()
    probe.gc?.()
    probe.__base = perf.memory.usedJSHeapSize
    probe.__peak = probe.__base
    probe.__timer = window.setInterval(() => {
      probe.__peak = Math.max(probe.__peak ?? 0, perf.memory.usedJSHeapSize)
    }, 20)
    probe.__start = undefined
    probe.__done = undefined
    document.addEventListener('change', () => (probe.__start = performance.now()), {
      capture: true,
      once: true,
    })
    let running = false
    probe.__observer = new MutationObserver(() => {
      if (probe.__start === undefined) return
      if (document.querySelector('progress')) running = true
      else if (
        running &&
        Array.from(document.querySelectorAll('button')).some((b) =>
          b.textContent.startsWith('Download '),
        )
      ) {
        probe.__done = performance.now()
        probe.__observer?.disconnect()
      }
    })
    probe.__observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    })
  })
  await page.getByLabel(label, { exact: true }).setInputFiles(path)
  await page.waitForFunction(() => (window as unknown as Probe).__done !== undefined, null, {
    timeout: 300_000,
  })
  return page.evaluate(() => {
    const probe = window as unknown as Probe
    clearInterval(probe.__timer)
    return {
      ms: (probe.__done ?? 0) - (probe.__start ?? 0),
      growth: (probe.__peak ?? 0) - (probe.__base ?? 0),
    }
  })
}

/** One raw AES-256-GCM encrypt, then decrypt, over `length` pattern bytes in memory. */
async function rawWebCrypto(page: Page, length: number) {
  return page.evaluate(async (n) => {
    const data = new Uint8Array(n)
    for (let i = 0; i < n; i++) data[i] = (i * 31) & 0xff
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ])
    const iv = new Uint8Array(12)
    let t = performance.now()
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data)
    const encrypt = performance.now() - t
    t = performance.now()
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed)
    return { encrypt, decrypt: performance.now() - t }
  }, length)
}

await withPreviewServer(PORT, async (base) => {
  const dir = mkdtempSync(join(tmpdir(), 'keydeck-files-bench-'))
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  })
  try {
    console.log('File encryption at /sandbox/files, Chromium, production build (median of rounds)')
    for (const size of SIZES) {
      const plainPath = join(dir, `data-${size}.bin`)
      writeFileSync(plainPath, pattern(size))
      const context = await browser.newContext({ acceptDownloads: true })
      const page = await context.newPage()
      await page.goto(`${base}/sandbox/files`)
      await page.getByRole('button', { name: 'Create a symmetric encryption key' }).click()
      await page.getByRole('combobox', { name: 'KMS key' }).waitFor()
      const rows = { enc: [] as number[], dec: [] as number[], rawEnc: [] as number[] }
      const rawDec: number[] = []
      const growth: number[] = []
      for (let r = 0; r < ROUNDS; r++) {
        const enc = await timeInput(page, 'File to encrypt', plainPath)
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: /^Download / }).click(),
        ])
        const encPath = join(dir, `data-${size}.kdenv`)
        await download.saveAs(encPath)
        const dec = await timeInput(page, 'File to decrypt', encPath)
        const raw = await rawWebCrypto(page, size)
        rows.enc.push(enc.ms)
        rows.dec.push(dec.ms)
        rows.rawEnc.push(raw.encrypt)
        rawDec.push(raw.decrypt)
        growth.push(enc.growth)
      }
      await context.close()
      const mbps = (ms: number) => ((size / MB / ms) * 1000).toFixed(0)
      const [e, d, re, rd] = [
        median(rows.enc),
        median(rows.dec),
        median(rows.rawEnc),
        median(rawDec),
      ]
      console.log(`  ${size / MB} MB`)
      console.log(
        `    page encrypt  ${e.toFixed(0)} ms  ${mbps(e)} MB/s   raw AES-GCM ${re.toFixed(0)} ms  ${mbps(re)} MB/s   ratio ${(re / e).toFixed(2)}× raw`,
      )
      console.log(
        `    page decrypt  ${d.toFixed(0)} ms  ${mbps(d)} MB/s   raw AES-GCM ${rd.toFixed(0)} ms  ${mbps(rd)} MB/s   ratio ${(rd / d).toFixed(2)}× raw`,
      )
      console.log(
        `    JS heap growth of the page while encrypting: max ${(Math.max(...growth) / MB).toFixed(1)} MB (${growth.map((g) => (g / MB).toFixed(1)).join(', ')}); plus the two frame workers' blocks, at most ${WORKER_BOUND_MB} MiB by design (performance.memory sees only the page)`,
      )
    }
    // The round trip of a 1 GB file, once: it must complete and come back byte for byte.
    if (!ROUND_TRIP) return
    const bigPath = join(dir, 'big.bin')
    writeFileSync(bigPath, pattern(ROUND_TRIP))
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${base}/sandbox/files`)
    await page.getByRole('button', { name: 'Create a symmetric encryption key' }).click()
    await page.getByRole('combobox', { name: 'KMS key' }).waitFor()
    const enc = await timeInput(page, 'File to encrypt', bigPath)
    const envelopePath = join(dir, 'big.kdenv')
    const [sealed] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download / }).click(),
    ])
    await sealed.saveAs(envelopePath)
    const dec = await timeInput(page, 'File to decrypt', envelopePath)
    const backPath = join(dir, 'big.back')
    const [opened] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download / }).click(),
    ])
    await opened.saveAs(backPath)
    await context.close()
    const same = (await sha256(bigPath)) === (await sha256(backPath))
    console.log(
      `  1 GB round trip: encrypt ${(enc.ms / 1000).toFixed(1)} s, decrypt ${(dec.ms / 1000).toFixed(1)} s, heap growth ${(enc.growth / MB).toFixed(1)} MB; byte for byte: ${same ? 'yes' : 'NO'}`,
    )
    if (!same) process.exitCode = 1
  } finally {
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
