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
  recipientMember,
} from './common-members.ts'
import { decryptCiphertext } from './decrypt-ciphertext.ts'
import { assertNoRecipient } from './unsupported-members.ts'

export interface DecryptOutput {
  KeyId: KeyArn
  /** A fresh copy: callers (the AWS Encryption SDK) zero it after use. */
  Plaintext: Uint8Array
  EncryptionAlgorithm: EncryptionAlgorithmSpec
  KeyMaterialId?: KeyMaterialId
}

/**
 * Wrong context, tampering or truncation: InvalidCiphertextException with an empty message.
 * A KeyId that is not the blob's key: IncorrectKeyException.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
 */
export const decrypt = defineOperation({
  input: {
    CiphertextBlob: required(blob({ min: 1, max: 6144 })),
    EncryptionContext: encryptionContextMember(),
    GrantTokens: grantTokensMember(),
    KeyId: keyIdMember(),
    EncryptionAlgorithm: string({ enum: ENCRYPTION_ALGORITHMS }),
    Recipient: recipientMember(),
    DryRun: dryRunMember(),
    DryRunModifiers: list(string({ enum: ['IGNORE_CIPHERTEXT'] })),
  },
  async run(rc, input): Promise<DecryptOutput> {
    assertNoRecipient(input.Recipient)
    const decrypted = await decryptCiphertext(rc, {
      ciphertextBlob: input.CiphertextBlob,
      context: input.EncryptionContext,
      keyId: input.KeyId,
      algorithm: input.EncryptionAlgorithm,
      action: 'kms:Decrypt',
      operation: 'Decrypt',
    })
    if (input.DryRun === true) {
      decrypted.plaintext.fill(0) // a dry run returns no plaintext: none lingers
      throw new DryRunOperationException()
    }
    const output: DecryptOutput = {
      KeyId: decrypted.key.arn,
      Plaintext: decrypted.plaintext,
      EncryptionAlgorithm: decrypted.algorithm,
    }
    if (decrypted.keyMaterialId !== undefined) output.KeyMaterialId = decrypted.keyMaterialId
    return output
  },
})
