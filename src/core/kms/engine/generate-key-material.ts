import { generateAsymmetricKeyMaterial } from '../crypto/asymmetric-keys.ts'
import { generateHmacKey } from '../crypto/hmac-keys.ts'
import { generateSymmetricVersion } from '../crypto/symmetric-material.ts'
import { UnsupportedOperationException } from '../errors.ts'
import type { RandomSource } from '../ids.ts'
import type { KeyMaterial } from '../key-record.ts'
import type { KeySpec, KeyUsage } from '../types.ts'

/** New non-extractable key material for a key spec the simulator supports. */
export async function generateKeyMaterial(
  random: RandomSource,
  spec: KeySpec,
  usage: KeyUsage,
  now: number,
): Promise<KeyMaterial> {
  switch (spec) {
    case 'SYMMETRIC_DEFAULT':
      return { kind: 'symmetric', versions: [await generateSymmetricVersion(random, now)] }
    case 'HMAC_256':
    case 'HMAC_384':
    case 'HMAC_512':
      return { kind: 'hmac', spec, key: await generateHmacKey(spec) }
    case 'RSA_2048':
    case 'RSA_3072':
    case 'RSA_4096':
    case 'ECC_NIST_P256':
    case 'ECC_NIST_P384':
    case 'ECC_NIST_P521': {
      if (usage === 'GENERATE_VERIFY_MAC') throw unsupportedUsage(spec, usage)
      const material = await generateAsymmetricKeyMaterial(spec, usage)
      return { kind: 'asymmetric', ...material, spec, usage }
    }
    default:
      throw unsupportedSpec(spec)
  }
}

export function unsupportedSpec(spec: string): UnsupportedOperationException {
  return new UnsupportedOperationException(
    `The KeyDeck simulator does not support key spec ${spec}: the browser's WebCrypto cannot ` +
      'create or use such keys. Real AWS KMS supports it.',
  )
}

export function unsupportedUsage(spec: string, usage: string): UnsupportedOperationException {
  return new UnsupportedOperationException(
    `The KeyDeck simulator does not support KeyUsage ${usage} for key spec ${spec}: ` +
      "the browser's WebCrypto has no such algorithm. Real AWS KMS supports it.",
  )
}
