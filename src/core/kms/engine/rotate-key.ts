import { generateSymmetricVersion } from '../crypto/symmetric-material.ts'
import type { KeyRecord } from '../key-record.ts'
import type { RotationType } from '../types.ts'
import type { EngineContext } from './engine-context.ts'

/**
 * Adds a new generation of key material and makes it current. Earlier generations stay, so
 * every ciphertext made before still decrypts ("in perpetuity").
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
export async function addKeyMaterial(
  ctx: EngineContext,
  key: KeyRecord,
  rotationDate: number,
  rotationType: RotationType,
): Promise<KeyRecord> {
  if (key.material.kind !== 'symmetric') return key
  const version = await generateSymmetricVersion(ctx.random, rotationDate, rotationType)
  return { ...key, material: { kind: 'symmetric', versions: [...key.material.versions, version] } }
}
