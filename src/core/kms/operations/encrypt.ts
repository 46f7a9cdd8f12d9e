import { defineOperation } from '../engine/operation.ts'
import { DryRunOperationException } from '../errors.ts'
import { ENCRYPTION_ALGORITHMS, type EncryptionAlgorithmSpec, type KeyArn } from '../types.ts'
import { blob, required, string } from '../validation/shape.ts'
import {
  dryRunMember,
  encryptionContextMember,
  grantTokensMember,
  keyIdMember,
} from './common-members.ts'
import { encryptWithKey } from './encrypt-with-key.ts'
import { encryptionKeyFor } from './encryption-key.ts'

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
    const { key, algorithm } = await encryptionKeyFor(rc, {
      keyId: input.KeyId,
      action: 'kms:Encrypt',
      operation: 'Encrypt',
      context: input.EncryptionContext,
      encrypts: 'data',
      algorithm: input.EncryptionAlgorithm,
    })
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
