import { defineOperation } from '../engine/operation.ts'
import type { RequestContext } from '../engine/operation.ts'
import { DryRunOperationException, ValidationException } from '../errors.ts'
import {
  DATA_KEY_SPECS,
  type EncryptionContext,
  type KeyArn,
  type KeyMaterialId,
} from '../types.ts'
import { integer, required, string } from '../validation/shape.ts'
import {
  dryRunMember,
  encryptionContextMember,
  grantTokensMember,
  keyIdMember,
  recipientMember,
} from './common-members.ts'
import { encryptWithKey } from './encrypt-with-key.ts'
import { encryptionKeyFor } from './encryption-key.ts'
import { assertNoRecipient } from './unsupported-members.ts'

export interface GenerateDataKeyOutput {
  CiphertextBlob: Uint8Array
  /** A fresh copy; KMS keeps no copy of a data key. */
  Plaintext: Uint8Array
  KeyId: KeyArn
  KeyMaterialId?: KeyMaterialId
}
export type GenerateDataKeyWithoutPlaintextOutput = Omit<GenerateDataKeyOutput, 'Plaintext'>

const dataKeyInput = {
  KeyId: required(keyIdMember()),
  EncryptionContext: encryptionContextMember(),
  NumberOfBytes: integer({ min: 1, max: 1024 }),
  KeySpec: string({ enum: DATA_KEY_SPECS }),
  GrantTokens: grantTokensMember(),
  DryRun: dryRunMember(),
}

interface DataKeyRequest {
  KeyId: string
  EncryptionContext?: EncryptionContext
  NumberOfBytes?: number
  KeySpec?: (typeof DATA_KEY_SPECS)[number]
  DryRun?: boolean
}

/**
 * Envelope encryption: a random data key, returned in plaintext and encrypted under a symmetric
 * KMS key. Nothing is stored.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 */
export const generateDataKey = defineOperation({
  input: { ...dataKeyInput, Recipient: recipientMember() },
  async run(rc, input): Promise<GenerateDataKeyOutput> {
    assertNoRecipient(input.Recipient)
    return makeDataKey(rc, input, 'GenerateDataKey', 'kms:GenerateDataKey')
  },
})

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyWithoutPlaintext.html */
export const generateDataKeyWithoutPlaintext = defineOperation({
  input: dataKeyInput,
  async run(rc, input): Promise<GenerateDataKeyWithoutPlaintextOutput> {
    const { Plaintext, ...rest } = await makeDataKey(
      rc,
      input,
      'GenerateDataKeyWithoutPlaintext',
      'kms:GenerateDataKeyWithoutPlaintext',
    )
    Plaintext.fill(0)
    return rest
  },
})

async function makeDataKey(
  rc: RequestContext,
  input: DataKeyRequest,
  operation: string,
  action: string,
): Promise<GenerateDataKeyOutput> {
  const length = dataKeyLength(input)
  const { key } = await encryptionKeyFor(rc, {
    keyId: input.KeyId,
    action,
    operation,
    context: input.EncryptionContext,
    encrypts: 'data-key',
  })
  // The random source hands out its own copy: no second copy of the data key is made.
  const plaintext = rc.random(length)
  const encrypted = await encryptWithKey(
    rc,
    key,
    'SYMMETRIC_DEFAULT',
    plaintext,
    input.EncryptionContext,
  )
  if (input.DryRun === true) {
    plaintext.fill(0) // a dry run returns no data key: none lingers (as GenerateDataKeyPair does)
    throw new DryRunOperationException()
  }
  const output: GenerateDataKeyOutput = {
    CiphertextBlob: encrypted.ciphertextBlob,
    Plaintext: plaintext,
    KeyId: key.arn,
  }
  if (encrypted.keyMaterialId !== undefined) output.KeyMaterialId = encrypted.keyMaterialId
  return output
}

/** Exactly one of KeySpec and NumberOfBytes (AWS's text was not recorded; moto's wording). */
function dataKeyLength(input: { NumberOfBytes?: number; KeySpec?: string }): number {
  if ((input.NumberOfBytes === undefined) === (input.KeySpec === undefined)) {
    throw new ValidationException('Please specify either number of bytes or key spec.')
  }
  if (input.NumberOfBytes !== undefined) return input.NumberOfBytes
  return input.KeySpec === 'AES_128' ? 16 : 32
}
