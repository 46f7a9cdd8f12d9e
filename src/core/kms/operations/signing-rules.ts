import { UnsupportedDigestError } from '../crypto/asymmetric-keys.ts'
import type { SigningAlgorithm } from '../crypto/asymmetric-keys.ts'
import {
  InvalidKeyUsageException,
  UnsupportedOperationException,
  ValidationException,
} from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { signingAlgorithmsOf } from '../key-spec-rules.ts'
import type { MessageType, SigningAlgorithmSpec } from '../types.ts'
import { assertKeyUsage } from './encryption-rules.ts'

/** Checks usage and algorithm for Sign/Verify and returns what the crypto module needs. */
export function signingRequestFor(
  key: KeyRecord,
  algorithm: SigningAlgorithmSpec,
  messageType: MessageType | undefined,
  message: Uint8Array,
  operation: 'Sign' | 'Verify',
): { algorithm: SigningAlgorithm; messageType: 'RAW' | 'DIGEST' } {
  assertKeyUsage(key, 'SIGN_VERIFY', operation)
  if (!signingAlgorithmsOf(key.keySpec).includes(algorithm) || key.material.kind !== 'asymmetric') {
    throw new InvalidKeyUsageException(
      `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
    )
  }
  const type = messageType ?? 'RAW'
  if (type === 'EXTERNAL_MU') {
    throw new InvalidKeyUsageException(
      `MessageType EXTERNAL_MU is valid only with ML_DSA keys, not with key spec ${key.keySpec}.`,
    )
  }
  if (type === 'DIGEST' && message.length !== digestLength(algorithm)) {
    throw new ValidationException(`Digest is invalid length for algorithm ${algorithm}.`)
  }
  return { algorithm: algorithm as SigningAlgorithm, messageType: type }
}

function digestLength(algorithm: SigningAlgorithmSpec): number {
  const bits = /_SHA_(\d+)$/.exec(algorithm)?.[1]
  return bits === undefined ? 0 : Number(bits) / 8
}

/** The crypto module cannot sign precomputed digests (WebCrypto always hashes). */
export async function withDigestSupport<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    if (e instanceof UnsupportedDigestError) throw new UnsupportedOperationException(e.message)
    throw e
  }
}
