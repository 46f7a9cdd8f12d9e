// Independent checks of asymmetric KMS output: node:crypto, not the simulator, reads the keys.
// ECDSA-Sig-Value: https://www.rfc-editor.org/rfc/rfc3279#section-2.2.3
import { createPublicKey, type KeyObject } from 'node:crypto'
import type { Sim } from './harness.ts'

/** The key's public half from GetPublicKey, as a node:crypto KeyObject. */
export async function publicKeyOf(sim: Sim, keyId: string): Promise<KeyObject> {
  const out = await sim.sdk.getPublicKey({ KeyId: keyId })
  return createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' })
}

/** Reads the two INTEGERs of an ECDSA-Sig-Value SEQUENCE (RFC 3279); throws if not DER. */
export function parseDerEcdsa(sig: Uint8Array): { r: Uint8Array; s: Uint8Array } {
  let at = 0
  const byte = (): number => {
    const b = sig[at++]
    if (b === undefined) throw new Error('truncated DER')
    return b
  }
  const length = (): number => {
    const first = byte()
    if (first < 0x80) return first
    if (first !== 0x81) throw new Error('unexpected DER length form')
    const long = byte()
    if (long < 0x80) throw new Error('non-minimal DER length')
    return long
  }
  if (byte() !== 0x30) throw new Error('not a SEQUENCE')
  if (length() !== sig.length - at) throw new Error('SEQUENCE length mismatch')
  const integer = (): Uint8Array => {
    if (byte() !== 0x02) throw new Error('not an INTEGER')
    const n = length()
    const value = sig.slice(at, at + n)
    at += n
    if (value.length !== n || n === 0) throw new Error('short INTEGER')
    if ((value[0] ?? 0) & 0x80) throw new Error('negative INTEGER')
    if (n > 1 && value[0] === 0 && ((value[1] ?? 0) & 0x80) === 0)
      throw new Error('non-minimal INTEGER')
    return value
  }
  const r = integer()
  const s = integer()
  if (at !== sig.length) throw new Error('trailing bytes')
  return { r, s }
}
