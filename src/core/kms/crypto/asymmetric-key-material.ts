/**
 * Builds the set of non-extractable WebCrypto keys that stand for one asymmetric KMS key.
 *
 * A WebCrypto CryptoKey is bound to one algorithm and one hash (an RSA-PSS/SHA-256 key cannot
 * sign PKCS#1 v1.5 or SHA-384), whereas one KMS RSA key serves every algorithm of its usage
 * (https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html).
 * So the same private key is imported once per KMS algorithm, each time non-extractable.
 * Slots are named `<KMS algorithm>:private` and `<KMS algorithm>:public`.
 */
import {
  type AsymmetricKeySpec,
  type AsymmetricKeyUsage,
  type RsaEncryptionAlgorithm,
  type SigningAlgorithm,
  eccCurve,
  encryptionAlgorithmsFor,
  hashOf,
  isRsaSpec,
  signingAlgorithmsFor,
  webCryptoSigningName,
} from './asymmetric-algorithms.ts'

export interface AsymmetricKeyMaterial {
  spec: AsymmetricKeySpec
  usage: AsymmetricKeyUsage
  /** DER X.509 SubjectPublicKeyInfo, what GetPublicKey returns. */
  publicKeyDer: Uint8Array
  /** Non-extractable CryptoKeys, by slot name (see keySlot). */
  keys: Record<string, CryptoKey>
}

export type KeyHalf = 'private' | 'public'

export function keySlot(
  algorithm: SigningAlgorithm | RsaEncryptionAlgorithm,
  half: KeyHalf,
): string {
  return `${algorithm}:${half}`
}

type KmsAlgorithm = SigningAlgorithm | RsaEncryptionAlgorithm

function algorithmsFor(spec: AsymmetricKeySpec, usage: AsymmetricKeyUsage): KmsAlgorithm[] {
  const algorithms: KmsAlgorithm[] =
    usage === 'SIGN_VERIFY' ? signingAlgorithmsFor(spec) : encryptionAlgorithmsFor(spec)
  if (algorithms.length === 0) {
    throw new RangeError(`KeyUsage ${usage} is not compatible with KeySpec ${spec}`)
  }
  return algorithms
}

/** importKey parameters: the algorithm (and hash, for RSA) that the CryptoKey will be bound to. */
function importParams(
  spec: AsymmetricKeySpec,
  algorithm: KmsAlgorithm,
): RsaHashedImportParams | EcKeyImportParams {
  if (!isRsaSpec(spec)) return { name: 'ECDSA', namedCurve: eccCurve(spec).namedCurve }
  const hash = hashOf(algorithm)
  if (algorithm.startsWith('RSAES_OAEP_')) return { name: 'RSA-OAEP', hash }
  return { name: webCryptoSigningName(algorithm as SigningAlgorithm), hash }
}

/**
 * Imports a private key (PKCS#8) and its public key (SPKI) as non-extractable CryptoKeys for
 * every algorithm of `usage`. The caller owns `privateKeyPkcs8` and should wipe it afterwards.
 */
export async function importAsymmetricKeyMaterial(
  spec: AsymmetricKeySpec,
  usage: AsymmetricKeyUsage,
  privateKeyPkcs8: Uint8Array,
  publicKeySpki: Uint8Array,
): Promise<AsymmetricKeyMaterial> {
  const subtle = globalThis.crypto.subtle
  // Copies typed Uint8Array<ArrayBuffer> as BufferSource wants; the private copy is wiped below.
  const pkcs8 = Uint8Array.from(privateKeyPkcs8)
  const spki = Uint8Array.from(publicKeySpki)
  const privateUsage: KeyUsage = usage === 'SIGN_VERIFY' ? 'sign' : 'decrypt'
  const publicUsage: KeyUsage = usage === 'SIGN_VERIFY' ? 'verify' : 'encrypt'
  const imports = Promise.all(
    algorithmsFor(spec, usage).flatMap((algorithm) => {
      const params = importParams(spec, algorithm)
      return [
        subtle
          .importKey('pkcs8', pkcs8, params, false, [privateUsage])
          .then((key) => [keySlot(algorithm, 'private'), key] as const),
        subtle
          .importKey('spki', spki, params, false, [publicUsage])
          .then((key) => [keySlot(algorithm, 'public'), key] as const),
      ]
    }),
  )
  try {
    return { spec, usage, publicKeyDer: spki, keys: Object.fromEntries(await imports) }
  } finally {
    pkcs8.fill(0)
  }
}
