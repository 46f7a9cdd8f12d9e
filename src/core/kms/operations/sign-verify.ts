import { sign, verify } from '../crypto/asymmetric-keys.ts'
import { defineOperation, type RequestContext } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import {
  DryRunOperationException,
  KMSInternalException,
  KMSInvalidSignatureException,
} from '../errors.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import {
  MESSAGE_TYPES,
  SIGNING_ALGORITHMS,
  type KeyArn,
  type MessageType,
  type SigningAlgorithmSpec,
} from '../types.ts'
import { blob, required, string } from '../validation/shape.ts'
import { dryRunMember, grantTokensMember, keyIdMember } from './common-members.ts'
import { signingRequestFor, withDigestSupport } from './signing-rules.ts'

const signInput = {
  KeyId: required(keyIdMember()),
  Message: required(blob({ min: 1, max: 4096, sensitive: true })),
  MessageType: string({ enum: MESSAGE_TYPES }),
  GrantTokens: grantTokensMember(),
  SigningAlgorithm: required(string({ enum: SIGNING_ALGORITHMS })),
  DryRun: dryRunMember(),
}

export interface SignOutput {
  KeyId: KeyArn
  /** PKCS#1 for RSA, DER (X9.62) for ECDSA. */
  Signature: Uint8Array
  SigningAlgorithm: SigningAlgorithmSpec
}

/**
 * What Sign and Verify share, in AWS's order: resolve the key (aliases allowed), authorize,
 * check its state, then check the algorithm and message against the key spec.
 */
async function prepareSigning(
  rc: RequestContext,
  input: {
    KeyId: string
    SigningAlgorithm: SigningAlgorithmSpec
    MessageType?: MessageType | undefined
    Message: Uint8Array
  },
  operation: 'Sign' | 'Verify',
) {
  const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
  await rc.authorize(`kms:${operation}`, key, { 'kms:SigningAlgorithm': input.SigningAlgorithm })
  assertUsableForCrypto(key)
  const request = signingRequestFor(
    key,
    input.SigningAlgorithm,
    input.MessageType,
    input.Message,
    operation,
  )
  if (key.material.kind !== 'asymmetric') throw new KMSInternalException('not an asymmetric key')
  return { key, request, material: key.material }
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html */
export const signOperation = defineOperation({
  input: signInput,
  async run(rc, input): Promise<SignOutput> {
    const { key, request, material } = await prepareSigning(rc, input, 'Sign')
    const signature = await withDigestSupport(() =>
      sign(material, request.algorithm, input.Message, request.messageType),
    )
    if (input.DryRun === true) throw new DryRunOperationException()
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: input.SigningAlgorithm }
  },
})

export interface VerifyOutput {
  KeyId: KeyArn
  /** Always true: an invalid signature is KMSInvalidSignatureException, not false. */
  SignatureValid: true
  SigningAlgorithm: SigningAlgorithmSpec
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_Verify.html */
export const verifyOperation = defineOperation({
  input: { ...signInput, Signature: required(blob({ min: 1, max: 6144 })) },
  async run(rc, input): Promise<VerifyOutput> {
    const { key, request, material } = await prepareSigning(rc, input, 'Verify')
    const valid = await withDigestSupport(() =>
      verify(material, request.algorithm, input.Message, request.messageType, input.Signature),
    )
    if (!valid) throw new KMSInvalidSignatureException()
    if (input.DryRun === true) throw new DryRunOperationException()
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: input.SigningAlgorithm }
  },
})
