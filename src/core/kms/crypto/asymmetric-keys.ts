/**
 * Asymmetric KMS keys (RSA and NIST ECC) on WebCrypto: key generation, Sign/Verify,
 * RSAES-OAEP Encrypt/Decrypt, and data key pairs.
 *
 * Private key handling. WebCrypto binds each CryptoKey to one algorithm and hash, but one KMS
 * RSA key serves several algorithms (PSS and PKCS#1 v1.5 with SHA-256/384/512, or OAEP with
 * SHA-1/SHA-256). So an RSA pair is generated EXTRACTABLE once, its private key is exported as
 * PKCS#8 and imported once per algorithm as a NON-extractable CryptoKey, then the PKCS#8 bytes
 * are overwritten with zeros and the extractable original is dropped. What stays in memory can
 * sign or decrypt but can never be read back, like a KMS key that "never leaves AWS KMS
 * unencrypted" (https://docs.aws.amazon.com/kms/latest/developerguide/concepts-intro.html).
 * ECDSA takes its hash at sign time, so an ECC private key is generated non-extractable directly.
 * Data key pairs are the opposite case: KMS hands them to the caller, so they are extractable
 * (https://docs.aws.amazon.com/kms/latest/developerguide/data-key-pairs.html).
 */
import {
  type AsymmetricKeySpec,
  type AsymmetricKeyUsage,
  type RsaEncryptionAlgorithm,
  type RsaKeySpec,
  type SigningAlgorithm,
  eccCurve,
  encryptionAlgorithmsFor,
  isRsaSpec,
  rsaMaxPlaintextBytes,
  rsaModulusBits,
  signParams,
  signingAlgorithmsFor,
  webCryptoSigningName,
} from './asymmetric-algorithms.ts'
import {
  type AsymmetricKeyMaterial,
  type KeyHalf,
  importAsymmetricKeyMaterial,
  keySlot,
} from './asymmetric-key-material.ts'
import { derToP1363, p1363ToDer } from './der-ecdsa-signature.ts'
import { generateEcdhKeyMaterial } from './ecdh-keys.ts'

export type {
  AsymmetricKeySpec,
  AsymmetricKeyUsage,
  RsaEncryptionAlgorithm,
  SigningAlgorithm,
} from './asymmetric-algorithms.ts'
export type { AsymmetricKeyMaterial } from './asymmetric-key-material.ts'
export { encryptionAlgorithmsFor, rsaMaxPlaintextBytes, signingAlgorithmsFor }
export { importAsymmetricKeyMaterial }

/**
 * Sign/Verify with MessageType DIGEST. WebCrypto always hashes the message itself and has no
 * "sign this digest" call, so a precomputed digest cannot be signed soundly with a
 * non-extractable key (https://w3c.github.io/webcrypto/#SubtleCrypto-method-sign).
 * The engine maps this to UnsupportedOperationException.
 */
export class UnsupportedDigestError extends Error {
  override readonly name = 'UnsupportedDigestError'
  constructor() {
    super(
      'The KeyDeck simulator cannot sign or verify a precomputed digest (MessageType DIGEST): ' +
        'WebCrypto always hashes the message. Use MessageType RAW.',
    )
  }
}

const RSA_PUBLIC_EXPONENT = Uint8Array.of(0x01, 0x00, 0x01) // 65537 (F4), the usual exponent

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle
}

function rsaGenParams(spec: RsaKeySpec, name: 'RSA-PSS' | 'RSA-OAEP'): RsaHashedKeyGenParams {
  return {
    name,
    modulusLength: rsaModulusBits(spec),
    publicExponent: RSA_PUBLIC_EXPONENT,
    hash: 'SHA-256',
  }
}

async function exportBytes(
  format: 'pkcs8' | 'spki',
  key: CryptoKey,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().exportKey(format, key))
}

export async function generateAsymmetricKeyMaterial(
  spec: AsymmetricKeySpec,
  usage: AsymmetricKeyUsage,
): Promise<AsymmetricKeyMaterial> {
  if (usage === 'KEY_AGREEMENT') {
    if (isRsaSpec(spec))
      throw new RangeError(`KeyUsage ${usage} is not compatible with KeySpec ${spec}`)
    return generateEcdhKeyMaterial(spec)
  }
  if (isRsaSpec(spec)) {
    const name = usage === 'SIGN_VERIFY' ? 'RSA-PSS' : 'RSA-OAEP'
    const usages: KeyUsage[] = usage === 'SIGN_VERIFY' ? ['sign', 'verify'] : ['encrypt', 'decrypt']
    const pair = await subtle().generateKey(rsaGenParams(spec, name), true, usages)
    const pkcs8 = await exportBytes('pkcs8', pair.privateKey)
    try {
      const spki = await exportBytes('spki', pair.publicKey)
      return await importAsymmetricKeyMaterial(spec, usage, pkcs8, spki)
    } finally {
      pkcs8.fill(0)
    }
  }
  if (usage !== 'SIGN_VERIFY') {
    throw new RangeError(`KeyUsage ${usage} is not compatible with KeySpec ${spec}`)
  }
  const { namedCurve } = eccCurve(spec)
  const params: EcKeyImportParams = { name: 'ECDSA', namedCurve }
  const pair = await subtle().generateKey(params, false, ['sign', 'verify'])
  // The public half of a generated pair is always extractable; keep a non-extractable copy.
  const spki = await exportBytes('spki', pair.publicKey)
  const publicKey = await subtle().importKey('spki', spki, params, false, ['verify'])
  const [algorithm] = signingAlgorithmsFor(spec)
  if (algorithm === undefined) throw new RangeError(`no signing algorithm for ${spec}`)
  return {
    spec,
    usage,
    publicKeyDer: spki,
    keys: {
      [keySlot(algorithm, 'private')]: pair.privateKey,
      [keySlot(algorithm, 'public')]: publicKey,
    },
  }
}

function keyFor(
  material: AsymmetricKeyMaterial,
  algorithm: SigningAlgorithm | RsaEncryptionAlgorithm,
  half: KeyHalf,
): CryptoKey {
  const key = material.keys[keySlot(algorithm, half)]
  if (key === undefined) {
    throw new RangeError(
      `Algorithm ${algorithm} is incompatible with key spec ${material.spec} ` +
        `and usage ${material.usage}`,
    )
  }
  return key
}

/** Signature bytes as KMS returns them: PKCS#1 for RSA, DER for ECDSA (API_Sign.html). */
export async function sign(
  material: AsymmetricKeyMaterial,
  algorithm: SigningAlgorithm,
  message: Uint8Array,
  messageType: 'RAW' | 'DIGEST',
): Promise<Uint8Array> {
  if (messageType === 'DIGEST') throw new UnsupportedDigestError()
  const key = keyFor(material, algorithm, 'private')
  const raw = new Uint8Array(
    await subtle().sign(signParams(algorithm), key, Uint8Array.from(message)),
  )
  return webCryptoSigningName(algorithm) === 'ECDSA' ? p1363ToDer(raw) : raw
}

/**
 * True when `signature` is valid. A malformed signature (bad DER, wrong length) is simply
 * invalid: KMS answers KMSInvalidSignatureException, so this never throws for it.
 */
export async function verify(
  material: AsymmetricKeyMaterial,
  algorithm: SigningAlgorithm,
  message: Uint8Array,
  messageType: 'RAW' | 'DIGEST',
  signature: Uint8Array,
): Promise<boolean> {
  if (messageType === 'DIGEST') throw new UnsupportedDigestError()
  const key = keyFor(material, algorithm, 'public')
  let webCryptoSignature: Uint8Array<ArrayBuffer>
  if (isRsaSpec(material.spec)) {
    // An RSA signature is exactly as long as the modulus (RFC 8017 section 8.1.2 step 1).
    if (signature.length !== rsaModulusBits(material.spec) / 8) return false
    webCryptoSignature = Uint8Array.from(signature)
  } else {
    const p1363 = derToP1363(signature, eccCurve(material.spec).componentBytes)
    if (p1363 === undefined) return false
    webCryptoSignature = Uint8Array.from(p1363)
  }
  return subtle().verify(signParams(algorithm), key, webCryptoSignature, Uint8Array.from(message))
}

/** RSAES-OAEP with MGF1 over the same hash and an empty label, as KMS does. */
export async function rsaEncrypt(
  material: AsymmetricKeyMaterial,
  algorithm: RsaEncryptionAlgorithm,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const max = rsaMaxPlaintextBytes(material.spec, algorithm)
  if (plaintext.length > max) {
    // AWS's ValidationException text (API_Encrypt.html); the engine validates first.
    throw new RangeError(
      `Algorithm ${algorithm} and key spec ${material.spec} ` +
        `cannot encrypt data larger than ${max} bytes.`,
    )
  }
  const key = keyFor(material, algorithm, 'public')
  return new Uint8Array(
    await subtle().encrypt({ name: 'RSA-OAEP' }, key, Uint8Array.from(plaintext)),
  )
}

/** Rejects (WebCrypto OperationError) when the ciphertext is not valid for this key/algorithm. */
export async function rsaDecrypt(
  material: AsymmetricKeyMaterial,
  algorithm: RsaEncryptionAlgorithm,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  const key = keyFor(material, algorithm, 'private')
  return new Uint8Array(
    await subtle().decrypt({ name: 'RSA-OAEP' }, key, Uint8Array.from(ciphertext)),
  )
}

/**
 * A data key pair: DER PKCS#8 PrivateKeyInfo and DER SubjectPublicKeyInfo
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html).
 * The key pair carries no usage of its own, so the WebCrypto algorithm used here is irrelevant.
 */
export async function generateDataKeyPair(
  spec: AsymmetricKeySpec,
): Promise<{ privateKeyPkcs8: Uint8Array; publicKeySpki: Uint8Array }> {
  const pair = isRsaSpec(spec)
    ? await subtle().generateKey(rsaGenParams(spec, 'RSA-PSS'), true, ['sign', 'verify'])
    : await subtle().generateKey({ name: 'ECDSA', namedCurve: eccCurve(spec).namedCurve }, true, [
        'sign',
        'verify',
      ])
  return {
    privateKeyPkcs8: await exportBytes('pkcs8', pair.privateKey),
    publicKeySpki: await exportBytes('spki', pair.publicKey),
  }
}
