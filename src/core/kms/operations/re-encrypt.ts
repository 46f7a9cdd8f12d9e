import { defineOperation } from '../engine/operation.ts'
import { DryRunOperationException } from '../errors.ts'
import {
  ENCRYPTION_ALGORITHMS,
  type EncryptionAlgorithmSpec,
  type KeyArn,
  type KeyMaterialId,
} from '../types.ts'
import { blob, list, required, string } from '../validation/shape.ts'
import {
  dryRunMember,
  encryptionContextMember,
  grantTokensMember,
  keyIdMember,
} from './common-members.ts'
import { decryptCiphertext } from './decrypt-ciphertext.ts'
import { encryptWithKey } from './encrypt-with-key.ts'
import { encryptionKeyFor } from './encryption-key.ts'

export interface ReEncryptOutput {
  CiphertextBlob: Uint8Array
  SourceKeyId: KeyArn
  KeyId: KeyArn
  SourceEncryptionAlgorithm: EncryptionAlgorithmSpec
  DestinationEncryptionAlgorithm: EncryptionAlgorithmSpec
  SourceKeyMaterialId?: KeyMaterialId
  DestinationKeyMaterialId?: KeyMaterialId
}

/**
 * Decrypts and re-encrypts inside KMS; the plaintext never leaves. Needs kms:ReEncryptFrom on
 * the source key and kms:ReEncryptTo on the destination key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
 */
export const reEncrypt = defineOperation({
  input: {
    CiphertextBlob: required(blob({ min: 1, max: 6144 })),
    SourceEncryptionContext: encryptionContextMember(),
    SourceKeyId: keyIdMember(),
    DestinationKeyId: required(keyIdMember()),
    DestinationEncryptionContext: encryptionContextMember(),
    SourceEncryptionAlgorithm: string({ enum: ENCRYPTION_ALGORITHMS }),
    DestinationEncryptionAlgorithm: string({ enum: ENCRYPTION_ALGORITHMS }),
    GrantTokens: grantTokensMember(),
    DryRun: dryRunMember(),
    DryRunModifiers: list(string({ enum: ['IGNORE_CIPHERTEXT'] })),
  },
  async run(rc, input): Promise<ReEncryptOutput> {
    const source = await decryptCiphertext(rc, {
      ciphertextBlob: input.CiphertextBlob,
      context: input.SourceEncryptionContext,
      keyId: input.SourceKeyId,
      algorithm: input.SourceEncryptionAlgorithm,
      action: 'kms:ReEncryptFrom',
      operation: 'ReEncrypt',
    })
    try {
      const { key: destination, algorithm } = await encryptionKeyFor(rc, {
        keyId: input.DestinationKeyId,
        action: 'kms:ReEncryptTo',
        operation: 'ReEncrypt',
        context: input.DestinationEncryptionContext,
        encrypts: 'data',
        algorithm: input.DestinationEncryptionAlgorithm,
      })
      const encrypted = await encryptWithKey(
        rc,
        destination,
        algorithm,
        source.plaintext,
        input.DestinationEncryptionContext,
      )
      if (input.DryRun === true) throw new DryRunOperationException()
      const output: ReEncryptOutput = {
        CiphertextBlob: encrypted.ciphertextBlob,
        SourceKeyId: source.key.arn,
        KeyId: destination.arn,
        SourceEncryptionAlgorithm: source.algorithm,
        DestinationEncryptionAlgorithm: algorithm,
      }
      if (source.keyMaterialId !== undefined) output.SourceKeyMaterialId = source.keyMaterialId
      if (encrypted.keyMaterialId !== undefined) {
        output.DestinationKeyMaterialId = encrypted.keyMaterialId
      }
      return output
    } finally {
      source.plaintext.fill(0)
    }
  },
})
