import { diffieHellman, createPrivateKey, generateKeyPairSync, createPublicKey } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createDemoPeer, peerSharedSecret } from './demo-peer-key.ts'

describe('the demo peer of a key agreement', () => {
  it.each([
    ['ECC_NIST_P256', 'P-256', 32],
    ['ECC_NIST_P384', 'P-384', 48],
    ['ECC_NIST_P521', 'P-521', 66],
  ] as const)(
    '%s: derives what the other side derives with its public key',
    async (spec, curve, bytes) => {
      const peer = await createDemoPeer(spec)
      expect(peer.curve).toBe(curve)
      expect(peer.privateKey.extractable).toBe(false)
      expect(peer.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
      // The other side (standing in for the KMS key): a node:crypto pair on the same curve.
      const other = generateKeyPairSync('ec', { namedCurve: curve })
      const otherPem = other.publicKey.export({ format: 'pem', type: 'spki' }).toString()
      const secret = await peerSharedSecret(peer, spec, otherPem)
      const expected = diffieHellman({
        privateKey: createPrivateKey(other.privateKey.export({ format: 'pem', type: 'pkcs8' })),
        publicKey: createPublicKey(peer.publicKeyPem),
      })
      expect(Buffer.from(secret, 'base64')).toHaveLength(bytes)
      expect(secret).toBe(expected.toString('base64'))
    },
  )
})
