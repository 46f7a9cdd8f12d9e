import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, type Kms } from '@/core/kms/index.ts'
import { decryptFile, encryptFile, readFileHeader, type FileJobResult } from './sandbox-files.ts'
import { connectSandboxStore, createKey } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 10, 29)
let kms: Kms
let keyId: string

/** Deterministic bytes: 3 MiB + 5, so three full frames and a short final one. */
const data = Uint8Array.from({ length: 3 * 1024 * 1024 + 5 }, (_, i) => (i * 31 + (i >> 8)) & 0xff)

beforeEach(async () => {
  kms = createKms({ now: () => T0 })
  await connectSandboxStore(kms)
  const key = await createKey({
    description: '',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
  if (!key.ok) throw new Error(key.error.message)
  keyId = key.value.KeyId
})

async function bytesOf(result: FileJobResult): Promise<Uint8Array<ArrayBuffer>> {
  if (!result.ok) throw new Error(result.cancelled ? 'cancelled' : result.error.message)
  return new Uint8Array(await result.blob.arrayBuffer())
}

async function encrypted(context = { project: 'apollo' }): Promise<Uint8Array<ArrayBuffer>> {
  return bytesOf(await encryptFile(new Blob([data]), keyId, context))
}

describe('file encryption in the sandbox', () => {
  it('round-trips a file, reporting progress up to its size and the header on opening', async () => {
    const envelope = await encrypted()
    const seen: number[] = []
    let context: unknown
    const result = await decryptFile(new Blob([envelope]), {
      onProgress: (p) => seen.push(p.bytes),
      onHeader: (h) => (context = h.encryptionContext),
    })
    // Buffer.equals: toEqual compares 3 MiB element by element, for seconds.
    expect(Buffer.from(await bytesOf(result)).equals(data)).toBe(true)
    expect(seen.at(-1)).toBe(envelope.length)
    expect(context).toEqual({ project: 'apollo' })
  })

  it('reads the header of an envelope file without decrypting it', async () => {
    const header = await readFileHeader(new Blob([await encrypted()]))
    expect(header.ok && header.header.encryptionContext).toEqual({ project: 'apollo' })
    expect(header.ok && header.header.keyId).toMatch(new RegExp(`:key/${keyId}$`))
  })

  it('refuses a flipped byte in the middle, naming the frame, with no result', async () => {
    const envelope = await encrypted()
    envelope[Math.floor(envelope.length / 2)]! ^= 0x01
    const result = await decryptFile(new Blob([envelope]))
    expect(result).toMatchObject({
      ok: false,
      cancelled: false,
      error: {
        name: 'EnvelopeIntegrityError (frame-tag)',
        message: 'frame 2 failed authentication',
      },
    })
  })

  it('refuses a truncated file', async () => {
    const envelope = await encrypted()
    const result = await decryptFile(new Blob([envelope.subarray(0, envelope.length - 100)]))
    expect(result).toMatchObject({
      ok: false,
      error: {
        name: 'EnvelopeIntegrityError (truncated)',
        message: expect.stringMatching(/inside frame 3/),
      },
    })
  })

  it('names the KMS error when the header was changed to another context', async () => {
    const envelope = await encrypted({ project: 'apollo' })
    const at = indexOf(envelope, new TextEncoder().encode('apollo'))
    envelope[at] = 'b'.charCodeAt(0)
    const result = await decryptFile(new Blob([envelope]))
    expect(result).toMatchObject({ ok: false, error: { name: 'InvalidCiphertextException' } })
  })

  it('refuses a file whose context is not the expected one before asking KMS', async () => {
    const envelope = await encrypted({ project: 'apollo' })
    const result = await decryptFile(new Blob([envelope]), {
      expectedContext: { project: 'gemini' },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { name: 'EnvelopeIntegrityError (context-mismatch)' },
    })
  })

  it('names the AWS error when the key cannot encrypt', async () => {
    const result = await encryptFile(new Blob([data]), 'alias/missing', {})
    expect(result).toMatchObject({ ok: false, error: { name: 'NotFoundException' } })
  })

  it('stops when cancelled and says so', async () => {
    const abort = new AbortController()
    const result = await encryptFile(
      new Blob([data]),
      keyId,
      {},
      {
        signal: abort.signal,
        onProgress: () => abort.abort(),
      },
    )
    expect(result).toEqual({ ok: false, cancelled: true })
  })
})

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  throw new Error('not found')
}
