import { defineOperation } from '../engine/operation.ts'
import { keyArnOf } from '../engine/engine-context.ts'
import { assertAcceptableKeyPolicy } from '../engine/check-key-policy.ts'
import { createKeyRecord } from '../engine/create-key-record.ts'
import { unsupportedSpec, unsupportedUsage } from '../engine/generate-key-material.ts'
import { TagException, UnsupportedOperationException, ValidationException } from '../errors.ts'
import { newKeyId, newMultiRegionKeyId } from '../ids.ts'
import { isImportableKeySpec } from '../import/importable-key-specs.ts'
import { keyMetadataOf, type KeyMetadata } from '../key-metadata.ts'
import { SIMULATED_KEY_SPECS, simulatedUsagesOf, USAGES_BY_SPEC } from '../key-spec-rules.ts'
import { defaultKeyPolicyText } from '../policy-texts.ts'
import { CUSTOMER_MASTER_KEY_SPECS, KEY_SPECS, KEY_USAGES, ORIGINS } from '../types.ts'
import { boolean, string } from '../validation/shape.ts'
import { assertValidNewTags, MAX_TAGS_PER_KEY, tagsMember } from './tag-rules.ts'

export const DEFAULT_ROTATION_PERIOD_DAYS = 365

/**
 * Creates a customer managed key: Enabled, default key policy unless `Policy` is given. With
 * `MultiRegion` (any key spec the simulator makes), a multi-Region primary key with an `mrk-` id.
 * With `Origin: EXTERNAL`, a key without material, PendingImport until ImportKeyMaterial.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
 */
export const createKey = defineOperation({
  input: {
    Policy: string({ min: 1, max: 131072 }),
    Description: string({ min: 0, max: 8192 }),
    KeyUsage: string({ enum: KEY_USAGES }),
    CustomerMasterKeySpec: string({ enum: CUSTOMER_MASTER_KEY_SPECS }),
    KeySpec: string({ enum: KEY_SPECS }),
    Origin: string({ enum: ORIGINS }),
    CustomKeyStoreId: string({ min: 1, max: 64 }),
    BypassPolicyLockoutSafetyCheck: boolean(),
    Tags: tagsMember(),
    MultiRegion: boolean(),
    XksKeyId: string({ min: 1, max: 128, pattern: '^[a-zA-Z0-9-_.]+$' }),
  },
  async run(rc, input): Promise<{ KeyMetadata: KeyMetadata }> {
    await rc.authorize('kms:CreateKey', undefined)
    if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined) {
      throw new ValidationException(
        'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
      )
    }
    const keySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT'
    if (input.KeyUsage === undefined && keySpec !== 'SYMMETRIC_DEFAULT') {
      throw new ValidationException(
        'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
      )
    }
    const keyUsage = input.KeyUsage ?? 'ENCRYPT_DECRYPT'
    if (!USAGES_BY_SPEC[keySpec].includes(keyUsage)) {
      throw new ValidationException(
        `KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}`,
      )
    }
    assertSimulatable(input)
    if (!SIMULATED_KEY_SPECS.includes(keySpec)) throw unsupportedSpec(keySpec)
    if (!simulatedUsagesOf(keySpec).includes(keyUsage)) throw unsupportedUsage(keySpec, keyUsage)
    const origin = input.Origin === 'EXTERNAL' ? 'EXTERNAL' : 'AWS_KMS'
    if (origin === 'EXTERNAL') assertImportable(keySpec)
    const tags = input.Tags ?? []
    assertValidNewTags(tags)
    if (tags.length > MAX_TAGS_PER_KEY) throw new TagException('Too many tags')
    const now = rc.now()
    const multiRegion = input.MultiRegion === true
    const keyId = multiRegion ? newMultiRegionKeyId(rc.random) : newKeyId(rc.random)
    const policy = input.Policy ?? defaultKeyPolicyText(rc.accountId)
    if (input.Policy !== undefined) {
      assertAcceptableKeyPolicy(input.Policy, {
        caller: rc.caller,
        accountId: rc.accountId,
        keyArn: keyArnOf(rc, keyId),
        bypassLockoutCheck: input.BypassPolicyLockoutSafetyCheck === true,
      })
    }
    const key = await createKeyRecord(rc, {
      keyId,
      creationDate: now,
      description: input.Description ?? '',
      keySpec,
      keyUsage,
      keyManager: 'CUSTOMER',
      policy,
      tags,
      rotation: {
        enabled: false,
        periodInDays: DEFAULT_ROTATION_PERIOD_DAYS,
        onDemandRotations: 0,
      },
      // A multi-Region key is created as the primary, with no replicas yet.
      ...(multiRegion && { multiRegion: { primaryRegion: rc.region, replicaRegions: [] } }),
      origin,
    })
    rc.touchKey(key.arn)
    return { KeyMetadata: keyMetadataOf(key) }
  },
})

const unsupported = (what: string) =>
  new UnsupportedOperationException(`The KeyDeck simulator does not support ${what}.`)

/**
 * Imported key material (Origin EXTERNAL). AWS imports into every key spec but in custom key
 * stores; the simulator imports what WebCrypto can unwrap with RSA-OAEP: symmetric encryption
 * keys and HMAC keys (raw bytes), and NIST ECC keys (PKCS #8 private keys) for SIGN_VERIFY and
 * KEY_AGREEMENT. An RSA private key needs the RSA_AES_KEY_WRAP algorithms ("To
 * import an RSA private key, you must use an RSA_AES wrapping algorithm", GetParametersForImport),
 * whose AES key wrap with padding (RFC 5649) WebCrypto lacks; ECC_SECG_P256K1 and SM2 are refused
 * earlier, as key specs WebCrypto cannot serve at all. A multi-Region key may be EXTERNAL: each
 * related key takes the same material by its own import (multi-region/replicate-key.ts).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
 */
function assertImportable(keySpec: string): void {
  if (keySpec.startsWith('RSA_')) {
    throw unsupported(
      `Origin EXTERNAL with key spec ${keySpec}: an RSA private key is imported wrapped with RSA_AES_KEY_WRAP_SHA_1 or RSA_AES_KEY_WRAP_SHA_256, whose AES key wrap with padding (RFC 5649) the browser's WebCrypto cannot unwrap. Real AWS KMS imports RSA key material`,
    )
  }
  if (!isImportableKeySpec(keySpec)) {
    throw unsupported(
      `Origin EXTERNAL with key spec ${keySpec}: it imports key material into SYMMETRIC_DEFAULT, HMAC and NIST ECC keys only. Real AWS KMS imports it too`,
    )
  }
}

/** Custom key stores need AWS infrastructure the simulator lacks. */
function assertSimulatable(input: {
  Origin?: string
  MultiRegion?: boolean
  CustomKeyStoreId?: string
  XksKeyId?: string
}): void {
  if (input.Origin === 'AWS_CLOUDHSM' || input.Origin === 'EXTERNAL_KEY_STORE') {
    throw unsupported(`Origin ${input.Origin} (custom key stores)`)
  }
  if (input.CustomKeyStoreId !== undefined || input.XksKeyId !== undefined) {
    throw unsupported('custom key stores')
  }
}
