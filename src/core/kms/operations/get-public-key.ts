import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { UnsupportedOperationException } from '../errors.ts'
import { algorithmFieldsOf } from '../key-metadata.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import type {
  EncryptionAlgorithmSpec,
  KeyAgreementAlgorithmSpec,
  KeyArn,
  KeySpec,
  KeyUsage,
  SigningAlgorithmSpec,
} from '../types.ts'
import { required } from '../validation/shape.ts'
import { grantTokensMember, keyIdMember } from './common-members.ts'

export interface GetPublicKeyOutput {
  KeyId: KeyArn
  /** DER X.509 SubjectPublicKeyInfo. */
  PublicKey: Uint8Array
  CustomerMasterKeySpec: KeySpec
  KeySpec: KeySpec
  KeyUsage: KeyUsage
  EncryptionAlgorithms?: EncryptionAlgorithmSpec[]
  SigningAlgorithms?: SigningAlgorithmSpec[]
  KeyAgreementAlgorithms?: KeyAgreementAlgorithmSpec[]
}

/**
 * The public half of an asymmetric key may leave KMS; the private half never does.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html
 */
export const getPublicKey = defineOperation({
  input: { KeyId: required(keyIdMember()), GrantTokens: grantTokensMember() },
  async run(rc, input): Promise<GetPublicKeyOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    await rc.authorize('kms:GetPublicKey', key)
    assertUsableForCrypto(key)
    if (key.material.kind !== 'asymmetric') {
      throw new UnsupportedOperationException(
        `${key.arn} key spec ${key.keySpec} has no public key: GetPublicKey works only on asymmetric KMS keys.`,
      )
    }
    const output: GetPublicKeyOutput = {
      KeyId: key.arn,
      PublicKey: key.material.publicKeyDer.slice(),
      CustomerMasterKeySpec: key.keySpec,
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      ...algorithmFieldsOf(key),
    }
    return output
  },
})
