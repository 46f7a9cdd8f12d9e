/**
 * The key page's imported key material (Origin EXTERNAL), as the AWS console's "Key material" tab
 * does it: download a wrapping public key and an import token (GetParametersForImport), wrap key
 * material under it, upload it (ImportKeyMaterial), or delete it (DeleteImportedKeyMaterial).
 *
 * The learner's side stands in for their HSM or OpenSSL: WebCrypto makes material of the key's
 * spec and wraps it (core/kms/import/wrap-for-import.ts). Its bytes are never a JS value; the
 * CryptoKey is kept in this page's memory only, per key, so that the same material can be imported
 * again after it expires or is deleted (KMS accepts only the same material again), and is gone on
 * reload, as material you did not keep is.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 */
import {
  generateMaterialToImport,
  isImportableKeySpec,
  wrapMaterialForImport,
  type ImportableKeySpec,
  type KeyMetadata,
} from '@/core/kms/index.ts'
import { attempt, recordedCall, refreshKeys, type SandboxResult } from './sandbox-store.ts'

/** The wrapping algorithm AWS recommends, and WebCrypto's RSA-OAEP serves. */
const WRAPPING_ALGORITHM = 'RSAES_OAEP_SHA_256'

/** Whether the sandbox can make and import material for this key. */
export function importableKeySpec(key: KeyMetadata): ImportableKeySpec | undefined {
  return key.Origin === 'EXTERNAL' && isImportableKeySpec(key.KeySpec) ? key.KeySpec : undefined
}

/** The learner's material per key id, for this page's life only. */
const kept = new Map<string, CryptoKey>()

export function hasKeptMaterial(keyId: string): boolean {
  return kept.has(keyId)
}

export interface ImportChoice {
  /** `same`: the material imported before in this page; `new`: freshly made material. */
  readonly material: 'new' | 'same'
  /** Epoch ms when the material expires (KEY_MATERIAL_EXPIRES), or undefined: it never does. */
  readonly validTo: number | undefined
}

export interface ImportOutcome {
  readonly keyMaterialId: string
  readonly parametersValidTo: Date
  readonly wrappedBytes: number
}

/**
 * GetParametersForImport, wrap, ImportKeyMaterial; then the keys are read again. ECC_NIST_P521
 * material does not fit an RSA_2048 wrapping key under RSA-OAEP (AWS's rule), so it gets RSA_3072.
 */
export function importKeyMaterial(
  keyId: string,
  keySpec: ImportableKeySpec,
  choice: ImportChoice,
): Promise<SandboxResult<ImportOutcome>> {
  return attempt(async () => {
    const parameters = await recordedCall('GetParametersForImport', {
      KeyId: keyId,
      WrappingAlgorithm: WRAPPING_ALGORITHM,
      WrappingKeySpec: keySpec === 'ECC_NIST_P521' ? 'RSA_3072' : 'RSA_2048',
    })
    const material =
      (choice.material === 'same' ? kept.get(keyId) : undefined) ??
      (await generateMaterialToImport(keySpec))
    const wrapped = await wrapMaterialForImport(material, parameters.PublicKey, WRAPPING_ALGORITHM)
    const out = await recordedCall('ImportKeyMaterial', {
      KeyId: keyId,
      ImportToken: parameters.ImportToken,
      EncryptedKeyMaterial: wrapped,
      ...(choice.validTo === undefined
        ? { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' as const }
        : { ExpirationModel: 'KEY_MATERIAL_EXPIRES' as const, ValidTo: new Date(choice.validTo) }),
    })
    kept.set(keyId, material)
    await refreshKeys()
    return {
      keyMaterialId: out.KeyMaterialId ?? '',
      parametersValidTo: parameters.ParametersValidTo,
      wrappedBytes: wrapped.length,
    }
  }, 'ImportKeyMaterial')
}

/** DeleteImportedKeyMaterial: the key goes to PendingImport; the learner still has the material. */
export function deleteImportedKeyMaterial(keyId: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('DeleteImportedKeyMaterial', { KeyId: keyId })
    await refreshKeys()
  }, 'DeleteImportedKeyMaterial')
}
