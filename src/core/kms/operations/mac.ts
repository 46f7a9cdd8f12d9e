import { generateMac, verifyMac } from '../crypto/hmac-keys.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import {
  DryRunOperationException,
  InvalidKeyUsageException,
  KMSInternalException,
  KMSInvalidMacException,
} from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { macAlgorithmsOf } from '../key-spec-rules.ts'
import { assertUsableForCrypto } from '../key-state.ts'
import { MAC_ALGORITHMS, type KeyArn, type MacAlgorithmSpec } from '../types.ts'
import { blob, required, string } from '../validation/shape.ts'
import { dryRunMember, grantTokensMember, keyIdMember } from './common-members.ts'
import { assertKeyUsage } from './encryption-rules.ts'

const macInput = {
  Message: required(blob({ min: 1, max: 4096, sensitive: true })),
  KeyId: required(keyIdMember()),
  MacAlgorithm: required(string({ enum: MAC_ALGORITHMS })),
  GrantTokens: grantTokensMember(),
  DryRun: dryRunMember(),
}

/** The HMAC CryptoKey, after usage and algorithm checks (AWS-recorded wording). */
function hmacKeyFor(key: KeyRecord, algorithm: MacAlgorithmSpec, operation: string): CryptoKey {
  assertKeyUsage(key, 'GENERATE_VERIFY_MAC', operation)
  if (!macAlgorithmsOf(key.keySpec).includes(algorithm) || key.material.kind !== 'hmac') {
    throw new InvalidKeyUsageException(
      `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
    )
  }
  // Only a key with imported material lacks its key, and it is then PendingImport (checked before).
  if (key.material.key === undefined) throw new KMSInternalException('no HMAC key material')
  return key.material.key
}

export interface GenerateMacOutput {
  Mac: Uint8Array
  MacAlgorithm: MacAlgorithmSpec
  KeyId: KeyArn
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html */
export const generateMacOperation = defineOperation({
  input: macInput,
  async run(rc, input): Promise<GenerateMacOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    await rc.authorize('kms:GenerateMac', key, { 'kms:MacAlgorithm': input.MacAlgorithm })
    assertUsableForCrypto(key)
    const mac = await generateMac(hmacKeyFor(key, input.MacAlgorithm, 'GenerateMac'), input.Message)
    if (input.DryRun === true) throw new DryRunOperationException()
    return { Mac: mac, MacAlgorithm: input.MacAlgorithm, KeyId: key.arn }
  },
})

export interface VerifyMacOutput {
  KeyId: KeyArn
  /** Always true: a wrong MAC is KMSInvalidMacException. */
  MacValid: true
  MacAlgorithm: MacAlgorithmSpec
}

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html */
export const verifyMacOperation = defineOperation({
  input: { ...macInput, Mac: required(blob({ min: 1, max: 6144 })) },
  async run(rc, input): Promise<VerifyMacOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: true })
    await rc.authorize('kms:VerifyMac', key, { 'kms:MacAlgorithm': input.MacAlgorithm })
    assertUsableForCrypto(key)
    const hmacKey = hmacKeyFor(key, input.MacAlgorithm, 'VerifyMac')
    if (!(await verifyMac(hmacKey, input.Message, input.Mac))) throw new KMSInvalidMacException()
    if (input.DryRun === true) throw new DryRunOperationException()
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: input.MacAlgorithm }
  },
})
