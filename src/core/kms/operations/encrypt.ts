import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { DryRunOperationException } from '../errors.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import { ENCRYPTION_ALGORITHMS, type EncryptionAlgorithmSpec, type KeyArn } from '../types.ts'
import { blob, required, string } from '../validation/shape.ts'
import {
  dryRunMember,
  encryptionContextMember,
  grantTokensMember,
  keyIdMember,
} from './common-members.ts'
import { encryptWithKey } from './encrypt-with-key.ts'
import { encryptionAlgorithmFor, encryptionConditions } from './encryption-rules.ts'

export interface EncryptOutput {
  CiphertextBlob: Uint8Array
  KeyId: KeyArn
  EncryptionAlgorithm: EncryptionAlgorithmSpec
}

/**
 * Up to 4096 bytes (less for RSA). The response KeyId is the key ARN even for an alias.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
 */
export const encrypt = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    Plaintext: required(blob({ min: 1, max: 4096, sensitive: true })),
    EncryptionContext: encryptionContextMember(),
    GrantTokens: grantTokensMember(),
    EncryptionAlgorithm: string({ enum: ENCRYPTION_ALGORITHMS }),
    DryRun: dryRunMember(),
  },
  async run(rc, input): Promise<EncryptOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    const conditions = encryptionConditions(input.EncryptionContext, input.EncryptionAlgorithm)
    await rc.authorize('kms:Encrypt', key, conditions)
    assertUsableForCrypto(key)
    const algorithm = encryptionAlgorithmFor(key, input.EncryptionAlgorithm, 'Encrypt')
    const { ciphertextBlob } = await encryptWithKey(
      rc,
      key,
      algorithm,
      input.Plaintext,
      input.EncryptionContext,
    )
    if (input.DryRun === true) throw new DryRunOperationException()
    return { CiphertextBlob: ciphertextBlob, KeyId: key.arn, EncryptionAlgorithm: algorithm }
  },
})
