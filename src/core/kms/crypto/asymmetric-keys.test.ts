import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  type AsymmetricKeyMaterial,
  type AsymmetricKeySpec,
  type RsaEncryptionAlgorithm,
  type SigningAlgorithm,
  UnsupportedDigestError,
  encryptionAlgorithmsFor,
  generateAsymmetricKeyMaterial,
  generateDataKeyPair,
  rsaDecrypt,
  rsaEncrypt,
  rsaMaxPlaintextBytes,
  sign,
  signingAlgorithmsFor,
  verify,
} from './asymmetric-keys.ts'

const message = new TextEncoder().encode('KeyDeck: sign me')
const otherMessage = new TextEncoder().encode('KeyDeck: sign me!')

// RSA generation is slow: one key per usage, shared by every test in this file.
const materials = {} as Record<
  'rsaSign' | 'rsaEncrypt' | 'p256' | 'p384' | 'p521',
  AsymmetricKeyMaterial
>
beforeAll(async () => {
  const [rsaSign, rsaEncryptKey, p256, p384, p521] = await Promise.all([
    generateAsymmetricKeyMaterial('RSA_2048', 'SIGN_VERIFY'),
    generateAsymmetricKeyMaterial('RSA_2048', 'ENCRYPT_DECRYPT'),
    generateAsymmetricKeyMaterial('ECC_NIST_P256', 'SIGN_VERIFY'),
    generateAsymmetricKeyMaterial('ECC_NIST_P384', 'SIGN_VERIFY'),
    generateAsymmetricKeyMaterial('ECC_NIST_P521', 'SIGN_VERIFY'),
  ])
  Object.assign(materials, { rsaSign, rsaEncrypt: rsaEncryptKey, p256, p384, p521 })
})

const signingKeys = ['rsaSign', 'p256', 'p384', 'p521'] as const

describe('generateAsymmetricKeyMaterial', () => {
  it('keeps only non-extractable CryptoKeys, a private and a public one per algorithm', () => {
    const cases: [AsymmetricKeyMaterial, string[]][] = [
      [materials.rsaSign, signingAlgorithmsFor('RSA_2048')],
      [materials.rsaEncrypt, encryptionAlgorithmsFor('RSA_2048')],
      [materials.p256, ['ECDSA_SHA_256']],
    ]
    for (const [material, algorithms] of cases) {
      const expected = algorithms.flatMap((a) => [`${a}:private`, `${a}:public`]).sort()
      expect(Object.keys(material.keys).sort()).toEqual(expected)
      for (const key of Object.values(material.keys)) expect(key.extractable).toBe(false)
    }
  })

  it('binds each RSA CryptoKey to the scheme and hash of its KMS algorithm', () => {
    const algorithmOf = (slot: string) =>
      materials.rsaSign.keys[slot]?.algorithm as RsaHashedKeyAlgorithm
    expect(algorithmOf('RSASSA_PSS_SHA_384:private')).toMatchObject({
      name: 'RSA-PSS',
      hash: { name: 'SHA-384' },
      modulusLength: 2048,
    })
    expect(algorithmOf('RSASSA_PKCS1_V1_5_SHA_512:public')).toMatchObject({
      name: 'RSASSA-PKCS1-v1_5',
      hash: { name: 'SHA-512' },
    })
    const oaep = materials.rsaEncrypt.keys['RSAES_OAEP_SHA_1:private']?.algorithm
    expect(oaep).toMatchObject({ name: 'RSA-OAEP', hash: { name: 'SHA-1' } })
  })

  it('exposes the public key as DER SubjectPublicKeyInfo', async () => {
    const spki = Uint8Array.from(materials.p384.publicKeyDer)
    const key = await crypto.subtle.importKey(
      'spki',
      spki,
      { name: 'ECDSA', namedCurve: 'P-384' },
      true,
      ['verify'],
    )
    expect(key.type).toBe('public')
    expect(materials.p384.publicKeyDer[0]).toBe(0x30) // SEQUENCE
    expect(materials.rsaSign.spec).toBe('RSA_2048')
    expect(materials.rsaSign.usage).toBe('SIGN_VERIFY')
  })

  it('refuses ENCRYPT_DECRYPT for an ECC key spec', async () => {
    await expect(generateAsymmetricKeyMaterial('ECC_NIST_P256', 'ENCRYPT_DECRYPT')).rejects.toThrow(
      'not compatible',
    )
  })
})

describe('private key hygiene', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('wipes every PKCS#8 copy of an RSA private key once the CryptoKeys are imported', async () => {
    const subtle = globalThis.crypto.subtle
    const exportKey = subtle.exportKey.bind(subtle)
    const importKey = subtle.importKey.bind(subtle)
    const exported: ArrayBuffer[] = []
    const imported: Uint8Array[] = []
    vi.spyOn(subtle, 'exportKey').mockImplementation(async (format: string, key: CryptoKey) => {
      const result = await exportKey(format as 'pkcs8', key)
      if (format === 'pkcs8') exported.push(result)
      return result
    })
    vi.spyOn(subtle, 'importKey').mockImplementation(((
      format: string,
      data: Uint8Array,
      ...rest: unknown[]
    ) => {
      if (format === 'pkcs8') imported.push(data)
      return (importKey as (...args: unknown[]) => Promise<CryptoKey>)(format, data, ...rest)
    }) as typeof subtle.importKey)
    await generateAsymmetricKeyMaterial('RSA_2048', 'ENCRYPT_DECRYPT')
    expect(exported).toHaveLength(1)
    expect(imported).toHaveLength(2) // once per OAEP hash
    for (const bytes of [...exported.map((b) => new Uint8Array(b)), ...imported]) {
      expect(bytes.length).toBeGreaterThan(1000)
      expect(bytes.every((b) => b === 0)).toBe(true)
    }
  })
})

describe('sign and verify (MessageType RAW)', () => {
  const cases = signingKeys.flatMap((name) => {
    const spec: AsymmetricKeySpec =
      name === 'rsaSign'
        ? 'RSA_2048'
        : name === 'p256'
          ? 'ECC_NIST_P256'
          : name === 'p384'
            ? 'ECC_NIST_P384'
            : 'ECC_NIST_P521'
    return signingAlgorithmsFor(spec).map((algorithm) => [name, algorithm] as const)
  })

  it.each(cases)(
    '%s with %s: verifies its own signature, not another message',
    async (name, algorithm) => {
      const material = materials[name]
      const signature = await sign(material, algorithm, message, 'RAW')
      expect(await verify(material, algorithm, message, 'RAW', signature)).toBe(true)
      expect(await verify(material, algorithm, otherMessage, 'RAW', signature)).toBe(false)
      const flipped = Uint8Array.from(signature)
      flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1
      expect(await verify(material, algorithm, message, 'RAW', flipped)).toBe(false)
    },
  )

  it('produces a 256-byte PKCS#1 signature for RSA_2048 and a DER SEQUENCE for ECDSA', async () => {
    const rsa = await sign(materials.rsaSign, 'RSASSA_PKCS1_V1_5_SHA_256', message, 'RAW')
    expect(rsa.length).toBe(256)
    const ecdsa = await sign(materials.p256, 'ECDSA_SHA_256', message, 'RAW')
    expect(ecdsa[0]).toBe(0x30)
    expect(ecdsa[1]).toBe(ecdsa.length - 2)
  })

  it('signs deterministically with PKCS#1 v1.5 and randomly (salted) with PSS', async () => {
    const pkcs1 = () => sign(materials.rsaSign, 'RSASSA_PKCS1_V1_5_SHA_256', message, 'RAW')
    expect(await pkcs1()).toEqual(await pkcs1())
    const pss = () => sign(materials.rsaSign, 'RSASSA_PSS_SHA_256', message, 'RAW')
    expect(await pss()).not.toEqual(await pss())
  })

  it('does not accept a signature made with another algorithm of the same key', async () => {
    const signature = await sign(materials.rsaSign, 'RSASSA_PSS_SHA_256', message, 'RAW')
    expect(await verify(materials.rsaSign, 'RSASSA_PSS_SHA_384', message, 'RAW', signature)).toBe(
      false,
    )
    expect(
      await verify(materials.rsaSign, 'RSASSA_PKCS1_V1_5_SHA_256', message, 'RAW', signature),
    ).toBe(false)
  })

  it.each([
    ['raw r‖s instead of DER', 'p256', new Uint8Array(64).fill(1)],
    ['empty bytes', 'p256', new Uint8Array()],
    ['DER with trailing garbage', 'p256', Uint8Array.of(0x30, 0x06, 2, 1, 1, 2, 1, 1, 0)],
    ['an RSA signature of the wrong length', 'rsaSign', new Uint8Array(255).fill(1)],
    ['an empty RSA signature', 'rsaSign', new Uint8Array()],
  ] as const)('returns false, without throwing, for %s', async (_name, key, signature) => {
    const algorithm: SigningAlgorithm = key === 'p256' ? 'ECDSA_SHA_256' : 'RSASSA_PSS_SHA_256'
    expect(await verify(materials[key], algorithm, message, 'RAW', signature)).toBe(false)
  })

  it('rejects an algorithm the key spec does not support', async () => {
    await expect(sign(materials.p256, 'ECDSA_SHA_384', message, 'RAW')).rejects.toThrow(
      'Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256',
    )
    await expect(sign(materials.rsaEncrypt, 'RSASSA_PSS_SHA_256', message, 'RAW')).rejects.toThrow(
      'incompatible',
    )
  })
})

describe('MessageType DIGEST', () => {
  const digest = new Uint8Array(32)
  it('is refused by sign and verify with UnsupportedDigestError', async () => {
    await expect(sign(materials.p256, 'ECDSA_SHA_256', digest, 'DIGEST')).rejects.toBeInstanceOf(
      UnsupportedDigestError,
    )
    const signature = await sign(materials.p256, 'ECDSA_SHA_256', message, 'RAW')
    await expect(
      verify(materials.p256, 'ECDSA_SHA_256', digest, 'DIGEST', signature),
    ).rejects.toThrow(
      'The KeyDeck simulator cannot sign or verify a precomputed digest (MessageType DIGEST): ' +
        'WebCrypto always hashes the message. Use MessageType RAW.',
    )
  })
})

describe('rsaEncrypt and rsaDecrypt (RSAES-OAEP)', () => {
  const algorithms: RsaEncryptionAlgorithm[] = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']

  it.each(algorithms)('%s round-trips the largest allowed plaintext', async (algorithm) => {
    const max = rsaMaxPlaintextBytes('RSA_2048', algorithm)
    const plaintext = crypto.getRandomValues(new Uint8Array(max))
    const ciphertext = await rsaEncrypt(materials.rsaEncrypt, algorithm, plaintext)
    expect(ciphertext.length).toBe(256)
    expect(await rsaDecrypt(materials.rsaEncrypt, algorithm, ciphertext)).toEqual(plaintext)
  })

  it.each(algorithms)(
    '%s refuses one byte over the limit with the AWS message',
    async (algorithm) => {
      const max = rsaMaxPlaintextBytes('RSA_2048', algorithm)
      await expect(
        rsaEncrypt(materials.rsaEncrypt, algorithm, new Uint8Array(max + 1)),
      ).rejects.toThrow(
        `Algorithm ${algorithm} and key spec RSA_2048 cannot encrypt data larger than ${max} bytes.`,
      )
    },
  )

  it('rejects decryption with the other OAEP hash or a tampered ciphertext', async () => {
    const ciphertext = await rsaEncrypt(materials.rsaEncrypt, 'RSAES_OAEP_SHA_256', message)
    await expect(rsaDecrypt(materials.rsaEncrypt, 'RSAES_OAEP_SHA_1', ciphertext)).rejects.toThrow()
    const tampered = Uint8Array.from(ciphertext)
    tampered[10] = (tampered[10] ?? 0) ^ 0xff
    await expect(rsaDecrypt(materials.rsaEncrypt, 'RSAES_OAEP_SHA_256', tampered)).rejects.toThrow()
  })

  it('is randomized: the same plaintext encrypts differently each time', async () => {
    const a = await rsaEncrypt(materials.rsaEncrypt, 'RSAES_OAEP_SHA_256', message)
    const b = await rsaEncrypt(materials.rsaEncrypt, 'RSAES_OAEP_SHA_256', message)
    expect(a).not.toEqual(b)
  })

  it('refuses to encrypt with a signing key', async () => {
    await expect(rsaEncrypt(materials.rsaSign, 'RSAES_OAEP_SHA_256', message)).rejects.toThrow(
      'incompatible',
    )
  })
})

describe('generateDataKeyPair', () => {
  it.each<[AsymmetricKeySpec, string, Record<string, unknown>]>([
    ['RSA_2048', 'RSA-PSS', { name: 'RSA-PSS', modulusLength: 2048, hash: { name: 'SHA-256' } }],
    ['ECC_NIST_P521', 'ECDSA', { name: 'ECDSA', namedCurve: 'P-521' }],
  ])(
    '%s returns a matching PKCS#8 private key and SPKI public key',
    async (spec, name, algorithm) => {
      const pair = await generateDataKeyPair(spec)
      const params = name === 'ECDSA' ? { name, namedCurve: 'P-521' } : { name, hash: 'SHA-256' }
      const privateKey = await crypto.subtle.importKey(
        'pkcs8',
        Uint8Array.from(pair.privateKeyPkcs8),
        params,
        false,
        ['sign'],
      )
      const publicKey = await crypto.subtle.importKey(
        'spki',
        Uint8Array.from(pair.publicKeySpki),
        params,
        false,
        ['verify'],
      )
      expect(publicKey.algorithm).toMatchObject(algorithm)
      const signParams = name === 'ECDSA' ? { name, hash: 'SHA-256' } : { name, saltLength: 32 }
      const signature = await crypto.subtle.sign(signParams, privateKey, message)
      expect(await crypto.subtle.verify(signParams, publicKey, signature, message)).toBe(true)
    },
  )
})
