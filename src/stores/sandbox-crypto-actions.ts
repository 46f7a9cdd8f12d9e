/**
 * The cryptographic actions of the key page, each one simulator call as the learner's code would
 * make it: Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext),
 * GenerateDataKeyPair(WithoutPlaintext), Sign, Verify, GenerateMac, VerifyMac, GetPublicKey and
 * DeriveSharedSecret.
 * Blobs go in and come out as base64 (as the AWS CLI shows them), keys as PEM. A plaintext data
 * key is handed to the screen that asked for it and withheld from everything the store keeps
 * (the last exchange; the simulator's audit trail never records it).
 * See sandbox-store.ts for the store itself.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html
 */
import {
  decodeBase64,
  derToPem,
  encodeBase64,
  SerializationException,
  type DataKeyPairSpec,
  type DataKeySpec,
  type EncryptionAlgorithmSpec,
  type EncryptionContext,
  type MacAlgorithmSpec,
  type SigningAlgorithmSpec,
} from '@/core/kms/index.ts'
import { attempt, recordedCall, type SandboxResult } from './sandbox-store.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

/**
 * A base64 blob as a learner pastes it (line breaks and spaces ignored); text that is not base64
 * fails as it does on the wire, with SerializationException.
 */
function blobOf(member: string, base64: string): Uint8Array {
  const blob = decodeBase64(base64.replace(/\s+/g, ''))
  if (blob === undefined) {
    throw new SerializationException(`Value of member '${member}' is not valid base64.`)
  }
  return blob
}

/** An empty context is left out of the request, as code that has none would send it. */
const contextMember = <M extends string>(member: M, context: EncryptionContext) =>
  (Object.keys(context).length > 0 ? { [member]: context } : {}) as Partial<
    Record<M, EncryptionContext>
  >

/** SYMMETRIC_DEFAULT is the default algorithm; an RSA key needs its algorithm named. */
const algorithmMember = <M extends string>(member: M, algorithm: EncryptionAlgorithmSpec) =>
  (algorithm === 'SYMMETRIC_DEFAULT' ? {} : { [member]: algorithm }) as Partial<
    Record<M, EncryptionAlgorithmSpec>
  >

export interface CipherOptions {
  readonly context: EncryptionContext
  readonly algorithm: EncryptionAlgorithmSpec
}

/** Encrypt of UTF-8 text with one key; the CiphertextBlob as base64. */
export function encryptWithKey(
  keyId: string,
  text: string,
  options: CipherOptions,
): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const out = await recordedCall('Encrypt', {
      KeyId: keyId,
      Plaintext: utf8(text),
      ...contextMember('EncryptionContext', options.context),
      ...algorithmMember('EncryptionAlgorithm', options.algorithm),
    })
    return encodeBase64(out.CiphertextBlob)
  }, 'Encrypt')
}

export interface Decrypted {
  /** The key ARN Decrypt answers with. */
  readonly keyArn: string
  /** The plaintext as UTF-8 text, or undefined when it is not text (a data key). */
  readonly text: string | undefined
  readonly base64: string
}

/**
 * Decrypt naming the key (AWS's advice: with KeyId, a blob of another key fails with
 * IncorrectKeyException instead of being decrypted by whichever key it names).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
 */
export function decryptWithKey(
  keyId: string,
  base64: string,
  options: CipherOptions,
): Promise<SandboxResult<Decrypted>> {
  return attempt(async () => {
    const out = await recordedCall('Decrypt', {
      CiphertextBlob: blobOf('CiphertextBlob', base64),
      KeyId: keyId,
      ...contextMember('EncryptionContext', options.context),
      ...algorithmMember('EncryptionAlgorithm', options.algorithm),
    })
    let text: string | undefined
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(out.Plaintext)
    } catch {
      text = undefined
    }
    return { keyArn: out.KeyId, text, base64: encodeBase64(out.Plaintext) }
  }, 'Decrypt')
}

export interface ReEncrypted {
  readonly ciphertext: string
  readonly sourceKeyArn: string
  readonly destinationKeyArn: string
}

/**
 * ReEncrypt of a symmetric ciphertext under a destination key (the same key or another), with a
 * new context if wanted: the plaintext never leaves KMS.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
 */
export function reEncryptBlob(
  base64: string,
  request: {
    sourceContext: EncryptionContext
    destinationKeyId: string
    destinationContext: EncryptionContext
  },
): Promise<SandboxResult<ReEncrypted>> {
  return attempt(async () => {
    const out = await recordedCall('ReEncrypt', {
      CiphertextBlob: blobOf('CiphertextBlob', base64),
      ...contextMember('SourceEncryptionContext', request.sourceContext),
      DestinationKeyId: request.destinationKeyId,
      ...contextMember('DestinationEncryptionContext', request.destinationContext),
    })
    return {
      ciphertext: encodeBase64(out.CiphertextBlob),
      sourceKeyArn: out.SourceKeyId,
      destinationKeyArn: out.KeyId,
    }
  }, 'ReEncrypt')
}

export interface DataKey {
  readonly ciphertext: string
  /** Only from GenerateDataKey; the caller shows it once and keeps it nowhere. */
  readonly plaintext?: string
}

/**
 * GenerateDataKey, or GenerateDataKeyWithoutPlaintext when the plaintext key is not wanted now
 * (a later Decrypt of the blob gives it).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 */
export function generateDataKeyWith(
  keyId: string,
  request: { keySpec: DataKeySpec; context: EncryptionContext; withPlaintext: boolean },
): Promise<SandboxResult<DataKey>> {
  const operation = request.withPlaintext ? 'GenerateDataKey' : 'GenerateDataKeyWithoutPlaintext'
  return attempt(async () => {
    const input = {
      KeyId: keyId,
      KeySpec: request.keySpec,
      ...contextMember('EncryptionContext', request.context),
    }
    if (!request.withPlaintext) {
      const out = await recordedCall('GenerateDataKeyWithoutPlaintext', input)
      return { ciphertext: encodeBase64(out.CiphertextBlob) }
    }
    const out = await recordedCall('GenerateDataKey', input, ['Plaintext'])
    const plaintext = encodeBase64(out.Plaintext)
    out.Plaintext.fill(0)
    return { ciphertext: encodeBase64(out.CiphertextBlob), plaintext }
  }, operation)
}

export interface DataKeyPair {
  readonly publicKeyPem: string
  readonly privateKeyCiphertext: string
  /** Only from GenerateDataKeyPair, PKCS #8 as PEM; shown once, kept nowhere. */
  readonly privateKeyPem?: string
}

/**
 * GenerateDataKeyPair (or WithoutPlaintext): a key pair for use outside KMS, its private key
 * encrypted under this symmetric key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html
 */
export function generateDataKeyPairWith(
  keyId: string,
  request: { keyPairSpec: DataKeyPairSpec; context: EncryptionContext; withPlaintext: boolean },
): Promise<SandboxResult<DataKeyPair>> {
  const operation = request.withPlaintext
    ? 'GenerateDataKeyPair'
    : 'GenerateDataKeyPairWithoutPlaintext'
  return attempt(async () => {
    const input = {
      KeyId: keyId,
      KeyPairSpec: request.keyPairSpec,
      ...contextMember('EncryptionContext', request.context),
    }
    if (!request.withPlaintext) {
      const out = await recordedCall('GenerateDataKeyPairWithoutPlaintext', input)
      return {
        publicKeyPem: derToPem(out.PublicKey, 'PUBLIC KEY'),
        privateKeyCiphertext: encodeBase64(out.PrivateKeyCiphertextBlob),
      }
    }
    const out = await recordedCall('GenerateDataKeyPair', input, ['PrivateKeyPlaintext'])
    const privateKeyPem = derToPem(out.PrivateKeyPlaintext, 'PRIVATE KEY')
    out.PrivateKeyPlaintext.fill(0)
    return {
      publicKeyPem: derToPem(out.PublicKey, 'PUBLIC KEY'),
      privateKeyCiphertext: encodeBase64(out.PrivateKeyCiphertextBlob),
      privateKeyPem,
    }
  }, operation)
}

/**
 * Sign of a UTF-8 message (MessageType RAW: KMS hashes it); the signature as base64.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 */
export function signMessage(
  keyId: string,
  message: string,
  algorithm: SigningAlgorithmSpec,
): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const out = await recordedCall('Sign', {
      KeyId: keyId,
      Message: utf8(message),
      MessageType: 'RAW',
      SigningAlgorithm: algorithm,
    })
    return encodeBase64(out.Signature)
  }, 'Sign')
}

/**
 * Verify: success means valid; a signature that does not match is KMSInvalidSignatureException.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Verify.html
 */
export function verifySignature(
  keyId: string,
  message: string,
  signature: string,
  algorithm: SigningAlgorithmSpec,
): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('Verify', {
      KeyId: keyId,
      Message: utf8(message),
      MessageType: 'RAW',
      Signature: blobOf('Signature', signature),
      SigningAlgorithm: algorithm,
    })
  }, 'Verify')
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html */
export function generateMacOf(
  keyId: string,
  message: string,
  algorithm: MacAlgorithmSpec,
): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const out = await recordedCall('GenerateMac', {
      KeyId: keyId,
      Message: utf8(message),
      MacAlgorithm: algorithm,
    })
    return encodeBase64(out.Mac)
  }, 'GenerateMac')
}

/**
 * VerifyMac: success means valid; a MAC that does not match is KMSInvalidMacException.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html
 */
export function verifyMacOf(
  keyId: string,
  message: string,
  mac: string,
  algorithm: MacAlgorithmSpec,
): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('VerifyMac', {
      KeyId: keyId,
      Message: utf8(message),
      Mac: blobOf('Mac', mac),
      MacAlgorithm: algorithm,
    })
  }, 'VerifyMac')
}

/**
 * GetPublicKey, with the DER SubjectPublicKeyInfo as PEM, the form OpenSSL and most libraries
 * read.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/download-public-key.html
 */
export function getPublicKeyPem(keyId: string): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const out = await recordedCall('GetPublicKey', { KeyId: keyId })
    return derToPem(out.PublicKey, 'PUBLIC KEY')
  }, 'GetPublicKey')
}

/**
 * A public key as a learner pastes it: PEM (the BEGIN/END lines are dropped) or base64 DER.
 * Text that is not base64 fails as it would on the wire, with SerializationException.
 */
export function publicKeyDerOf(text: string): Uint8Array {
  return blobOf('PublicKey', text.replace(/-----(?:BEGIN|END) [A-Z0-9 ]+-----/g, ''))
}

/**
 * DeriveSharedSecret (ECDH) with this KEY_AGREEMENT key and the other party's public key (PEM or
 * base64 DER); the shared secret as base64, withheld from the kept exchange like a plaintext key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
 */
export function deriveSharedSecretOf(
  keyId: string,
  publicKey: string,
): Promise<SandboxResult<string>> {
  return attempt(async () => {
    const out = await recordedCall(
      'DeriveSharedSecret',
      { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: publicKeyDerOf(publicKey) },
      ['SharedSecret'],
    )
    return encodeBase64(out.SharedSecret)
  }, 'DeriveSharedSecret')
}
