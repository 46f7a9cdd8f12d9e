import type { InputOf } from '../validation/shape.ts'
import { cancelKeyDeletion, scheduleKeyDeletion } from './key-deletion.ts'
import { createAlias, deleteAlias, updateAlias } from './aliases.ts'
import { createKey } from './create-key.ts'
import { createGrant } from '../grants/create-grant.ts'
import { listGrants, listRetirableGrants } from '../grants/list-grants.ts'
import { retireGrant, revokeGrant } from '../grants/retire-revoke-grant.ts'
import { decrypt } from './decrypt.ts'
import { deleteImportedKeyMaterial } from '../import/delete-imported-key-material.ts'
import { getParametersForImport } from '../import/get-parameters-for-import.ts'
import { importKeyMaterial } from '../import/import-key-material.ts'
import { deriveSharedSecret } from './derive-shared-secret.ts'
import { describeKey } from './describe-key.ts'
import { disableKey, enableKey } from './enable-disable-key.ts'
import { encrypt } from './encrypt.ts'
import { generateDataKey, generateDataKeyWithoutPlaintext } from './generate-data-key.ts'
import { generateRandom } from './generate-random.ts'
import {
  generateDataKeyPairOperation,
  generateDataKeyPairWithoutPlaintext,
} from './generate-data-key-pair.ts'
import { getKeyLastUsage } from './get-key-last-usage.ts'
import { getPublicKey } from './get-public-key.ts'
import { generateMacOperation, verifyMacOperation } from './mac.ts'
import { signOperation, verifyOperation } from './sign-verify.ts'
import { getKeyPolicy, listKeyPolicies, putKeyPolicy } from './key-policy.ts'
import { disableKeyRotation, enableKeyRotation, getKeyRotationStatus } from './key-rotation.ts'
import { listAliases } from './list-aliases.ts'
import { listKeyRotations } from './list-key-rotations.ts'
import { listKeys } from './list-keys.ts'
import { reEncrypt } from './re-encrypt.ts'
import { rotateKeyOnDemand } from './rotate-key-on-demand.ts'
import { replicateKey } from '../multi-region/replicate-key.ts'
import { updatePrimaryRegion } from '../multi-region/update-primary-region.ts'
import { listResourceTags, tagResource, untagResource } from './tags.ts'
import { updateKeyDescription } from './update-key-description.ts'

/** Every simulated operation, by its AWS name (the part after `TrentService.`). */
export const operations = {
  CancelKeyDeletion: cancelKeyDeletion,
  CreateAlias: createAlias,
  CreateGrant: createGrant,
  CreateKey: createKey,
  Decrypt: decrypt,
  DeleteAlias: deleteAlias,
  DeleteImportedKeyMaterial: deleteImportedKeyMaterial,
  DeriveSharedSecret: deriveSharedSecret,
  DescribeKey: describeKey,
  DisableKey: disableKey,
  DisableKeyRotation: disableKeyRotation,
  EnableKey: enableKey,
  EnableKeyRotation: enableKeyRotation,
  Encrypt: encrypt,
  GenerateDataKey: generateDataKey,
  GenerateDataKeyPair: generateDataKeyPairOperation,
  GenerateDataKeyPairWithoutPlaintext: generateDataKeyPairWithoutPlaintext,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
  GenerateMac: generateMacOperation,
  GenerateRandom: generateRandom,
  GetKeyLastUsage: getKeyLastUsage,
  GetKeyPolicy: getKeyPolicy,
  GetKeyRotationStatus: getKeyRotationStatus,
  GetParametersForImport: getParametersForImport,
  GetPublicKey: getPublicKey,
  ImportKeyMaterial: importKeyMaterial,
  ListAliases: listAliases,
  ListGrants: listGrants,
  ListKeyPolicies: listKeyPolicies,
  ListKeyRotations: listKeyRotations,
  ListKeys: listKeys,
  ListResourceTags: listResourceTags,
  ListRetirableGrants: listRetirableGrants,
  PutKeyPolicy: putKeyPolicy,
  ReEncrypt: reEncrypt,
  ReplicateKey: replicateKey,
  RetireGrant: retireGrant,
  RevokeGrant: revokeGrant,
  RotateKeyOnDemand: rotateKeyOnDemand,
  ScheduleKeyDeletion: scheduleKeyDeletion,
  Sign: signOperation,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateAlias: updateAlias,
  UpdateKeyDescription: updateKeyDescription,
  UpdatePrimaryRegion: updatePrimaryRegion,
  Verify: verifyOperation,
  VerifyMac: verifyMacOperation,
} as const

type Operations = typeof operations
export type OperationName = keyof Operations
export type OperationInput<N extends OperationName> = InputOf<Operations[N]['input']>
export type OperationOutput<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>

export const OPERATION_NAMES = Object.keys(operations) as OperationName[]
