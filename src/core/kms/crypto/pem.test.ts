import { beforeAll, describe, expect, it } from 'vitest'
import { derToPem } from './pem.ts'

/** The slice of node:crypto used here (the app's tsconfig has no @types/node: see asymmetric-node-interop.test.ts). */
interface NodeKeyObject {
  export(options: { type: 'spki' | 'pkcs8'; format: 'der' | 'pem' }): Uint8Array | string
}
interface NodeCrypto {
  generateKeyPairSync(
    type: 'rsa' | 'ec',
    options: { modulusLength?: number; namedCurve?: string },
  ): { publicKey: NodeKeyObject; privateKey: NodeKeyObject }
}
const NODE_CRYPTO = 'node:crypto'
let node: NodeCrypto

beforeAll(async () => {
  node = (await import(/* @vite-ignore */ NODE_CRYPTO)) as NodeCrypto
})

describe('derToPem', () => {
  it.each([
    ['an RSA 2048 public key', 'rsa', { modulusLength: 2048 }],
    ['an ECC P-256 public key', 'ec', { namedCurve: 'P-256' }],
    ['an ECC P-521 public key', 'ec', { namedCurve: 'P-521' }],
  ] as const)('writes %s exactly as OpenSSL does', (_, type, options) => {
    const { publicKey, privateKey } = node.generateKeyPairSync(type, options)
    const spki = publicKey.export({ type: 'spki', format: 'der' }) as Uint8Array
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' }) as Uint8Array
    expect(derToPem(new Uint8Array(spki), 'PUBLIC KEY')).toBe(
      publicKey.export({ type: 'spki', format: 'pem' }),
    )
    expect(derToPem(new Uint8Array(pkcs8), 'PRIVATE KEY')).toBe(
      privateKey.export({ type: 'pkcs8', format: 'pem' }),
    )
  })

  it('breaks the base64 into lines of 64 characters, the last one shorter', () => {
    const pem = derToPem(new Uint8Array(100).fill(0xff), 'PUBLIC KEY')
    const lines = pem.split('\n')
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----')
    // 100 bytes are 136 base64 characters: two full lines, then 8 ending in the padded last byte.
    expect(lines.slice(1, 3)).toEqual(['/'.repeat(64), '/'.repeat(64)])
    expect(lines.slice(3)).toEqual(['/////w==', '-----END PUBLIC KEY-----', ''])
  })
})
