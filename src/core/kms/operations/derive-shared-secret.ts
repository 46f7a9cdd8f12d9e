import { deriveEcdhSecret, InvalidPeerPublicKeyError } from '../crypto/ecdh-keys.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { DryRunOperationException, KMSInternalException, ValidationException } from '../errors.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import {
  KEY_AGREEMENT_ALGORITHMS,
  type KeyAgreementAlgorithmSpec,
  type KeyArn,
  type Origin,
} from '../types.ts'
import { blob, required, string } from '../validation/shape.ts'
import { dryRunMember, grantTokensMember, keyIdMember, recipientMember } from './common-members.ts'
import { assertKeyUsage } from './encryption-rules.ts'
import { assertNoRecipient } from './unsupported-members.ts'

export interface DeriveSharedSecretOutput {
  KeyId: KeyArn
  /** The raw ECDH output: the x-coordinate of the shared point (32, 48 or 66 bytes). */
  SharedSecret: Uint8Array
  KeyAgreementAlgorithm: KeyAgreementAlgorithmSpec
  KeyOrigin: Origin
}

/**
 * ECDH between the private key of a KEY_AGREEMENT KMS key and the other party's public key. The
 * private key never leaves KMS; the shared secret does, and the caller derives its keys from it.
 * Order as in AWS: the key, its authorization (`kms:DeriveSharedSecret`, condition key
 * `kms:KeyAgreementAlgorithm`), its state, its usage, then the public key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-key-agreement-algorithm
 */
export const deriveSharedSecret = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    KeyAgreementAlgorithm: required(string({ enum: KEY_AGREEMENT_ALGORITHMS })),
    PublicKey: required(blob({ min: 1, max: 8192 })),
    GrantTokens: grantTokensMember(),
    DryRun: dryRunMember(),
    Recipient: recipientMember(),
  },
  async run(rc, input): Promise<DeriveSharedSecretOutput> {
    assertNoRecipient(input.Recipient)
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    await rc.authorize('kms:DeriveSharedSecret', key, {
      'kms:KeyAgreementAlgorithm': input.KeyAgreementAlgorithm,
    })
    assertUsableForCrypto(key)
    assertKeyUsage(key, 'KEY_AGREEMENT', 'DeriveSharedSecret')
    if (key.material.kind !== 'asymmetric') throw new KMSInternalException('not an ECDH key')
    let sharedSecret: Uint8Array
    try {
      sharedSecret = await deriveEcdhSecret(key.material, input.PublicKey)
    } catch (error) {
      if (!(error instanceof InvalidPeerPublicKeyError)) throw error
      // The simulator's wording: AWS's text for a public key it cannot use is not recorded.
      throw new ValidationException(
        `The public key is not a valid DER-encoded X.509 public key for key spec ${key.keySpec}.`,
      )
    }
    if (input.DryRun === true) throw new DryRunOperationException()
    return {
      KeyId: key.arn,
      SharedSecret: sharedSecret,
      KeyAgreementAlgorithm: input.KeyAgreementAlgorithm,
      KeyOrigin: key.origin,
    }
  },
})
