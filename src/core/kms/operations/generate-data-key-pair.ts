import { generateDataKeyPair } from '../crypto/asymmetric-keys.ts'
import { defineOperation, type RequestContext } from '../engine/operation.ts'
import { unsupportedSpec } from '../engine/generate-key-material.ts'
import { DryRunOperationException } from '../errors.ts'
import { SIMULATED_KEY_SPECS } from '../key-spec-rules.ts'
import {
  DATA_KEY_PAIR_SPECS,
  type DataKeyPairSpec,
  type EncryptionContext,
  type KeyArn,
  type KeyMaterialId,
} from '../types.ts'
import { required, string } from '../validation/shape.ts'
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

export interface GenerateDataKeyPairOutput {
  PrivateKeyCiphertextBlob: Uint8Array
  /** DER PKCS#8 PrivateKeyInfo. */
  PrivateKeyPlaintext: Uint8Array
  /** DER X.509 SubjectPublicKeyInfo. */
  PublicKey: Uint8Array
  KeyId: KeyArn
  KeyPairSpec: DataKeyPairSpec
  KeyMaterialId?: KeyMaterialId
}
export type GenerateDataKeyPairWithoutPlaintextOutput = Omit<
  GenerateDataKeyPairOutput,
  'PrivateKeyPlaintext'
>

const pairInput = {
  EncryptionContext: encryptionContextMember(),
  KeyId: required(keyIdMember()),
  KeyPairSpec: required(string({ enum: DATA_KEY_PAIR_SPECS })),
  GrantTokens: grantTokensMember(),
  DryRun: dryRunMember(),
}

type WebCryptoPairSpec =
  'RSA_2048' | 'RSA_3072' | 'RSA_4096' | 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521'
/** The pair specs WebCrypto can make: the simulated key specs that are pair specs too. */
const WEBCRYPTO_PAIR_SPECS: readonly string[] = SIMULATED_KEY_SPECS.filter((spec) =>
  (DATA_KEY_PAIR_SPECS as readonly string[]).includes(spec),
)

/**
 * A data key pair: the private key is returned in plaintext and encrypted under a symmetric KMS
 * key; nothing is stored.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html
 */
export const generateDataKeyPairOperation = defineOperation({
  input: { ...pairInput, Recipient: recipientMember() },
  async run(rc, input): Promise<GenerateDataKeyPairOutput> {
    assertNoRecipient(input.Recipient)
    return makePair(rc, input, 'GenerateDataKeyPair')
  },
})

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPairWithoutPlaintext.html */
export const generateDataKeyPairWithoutPlaintext = defineOperation({
  input: pairInput,
  async run(rc, input): Promise<GenerateDataKeyPairWithoutPlaintextOutput> {
    const { PrivateKeyPlaintext, ...rest } = await makePair(
      rc,
      input,
      'GenerateDataKeyPairWithoutPlaintext',
    )
    PrivateKeyPlaintext.fill(0)
    return rest
  },
})

async function makePair(
  rc: RequestContext,
  input: {
    KeyId: string
    KeyPairSpec: DataKeyPairSpec
    EncryptionContext?: EncryptionContext
    DryRun?: boolean
  },
  operation: 'GenerateDataKeyPair' | 'GenerateDataKeyPairWithoutPlaintext',
): Promise<GenerateDataKeyPairOutput> {
  const { key } = await encryptionKeyFor(rc, {
    keyId: input.KeyId,
    action: `kms:${operation}`,
    operation,
    context: input.EncryptionContext,
    encrypts: 'data-key',
    conditions: { 'kms:DataKeyPairSpec': input.KeyPairSpec },
  })
  if (!WEBCRYPTO_PAIR_SPECS.includes(input.KeyPairSpec)) throw unsupportedSpec(input.KeyPairSpec)
  const pair = await generateDataKeyPair(input.KeyPairSpec as WebCryptoPairSpec)
  const encrypted = await encryptWithKey(
    rc,
    key,
    'SYMMETRIC_DEFAULT',
    pair.privateKeyPkcs8,
    input.EncryptionContext,
  )
  if (input.DryRun === true) {
    pair.privateKeyPkcs8.fill(0)
    throw new DryRunOperationException()
  }
  const output: GenerateDataKeyPairOutput = {
    PrivateKeyCiphertextBlob: encrypted.ciphertextBlob,
    PrivateKeyPlaintext: pair.privateKeyPkcs8,
    PublicKey: pair.publicKeySpki,
    KeyId: key.arn,
    KeyPairSpec: input.KeyPairSpec,
  }
  if (encrypted.keyMaterialId !== undefined) output.KeyMaterialId = encrypted.keyMaterialId
  return output
}
