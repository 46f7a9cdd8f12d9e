/**
 * The create-key wizard's choices and the CreateKey request they make, as the AWS console asks
 * for them: key type (symmetric or asymmetric) and usage, key spec, labels, key policy.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html
 */
import {
  consoleKeyPolicyText,
  SIMULATED_KEY_SPECS,
  simulatedUsagesOf,
  type KeySpec,
  type KeyUsage,
  type OperationInput,
} from '@/core/kms/index.ts'
import { isImportableKeySpec } from '@/core/kms/index.ts'

/** The console's first choice: HMAC keys are symmetric keys with the usage "Generate and verify MAC". */
export type KeyType = 'symmetric' | 'asymmetric'

export interface TagRow {
  readonly key: string
  readonly value: string
}

export interface WizardChoices {
  readonly keyType: KeyType
  readonly keyUsage: KeyUsage
  readonly keySpec: KeySpec
  /**
   * The console's "Key material origin": KMS makes the material, or you import your own
   * (EXTERNAL, on the key page after creation). Offered for the key specs the sandbox imports into.
   */
  readonly origin: 'AWS_KMS' | 'EXTERNAL'
  readonly description: string
  /** As CreateAlias takes it, `alias/orders`; empty for none. */
  readonly alias: string
  readonly tags: readonly TagRow[]
  /** `default`: CreateKey without Policy; `console`: the console's policy with the chosen people. */
  readonly policy: 'default' | 'console'
  readonly administrators: readonly string[]
  readonly users: readonly string[]
  readonly administratorsMayDelete: boolean
}

export const INITIAL_CHOICES: WizardChoices = {
  keyType: 'symmetric',
  keyUsage: 'ENCRYPT_DECRYPT',
  keySpec: 'SYMMETRIC_DEFAULT',
  origin: 'AWS_KMS',
  description: '',
  alias: '',
  tags: [],
  policy: 'default',
  administrators: [],
  users: [],
  administratorsMayDelete: true,
}

const isSymmetricSpec = (spec: KeySpec) => spec === 'SYMMETRIC_DEFAULT' || spec.startsWith('HMAC_')

/** The usages of a key type that the simulator can create, in the console's order. */
export function usagesOf(keyType: KeyType): KeyUsage[] {
  return keyType === 'symmetric'
    ? ['ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC']
    : ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT']
}

/** The key specs of a key type and usage that the simulator can create. */
export function specsOf(keyType: KeyType, keyUsage: KeyUsage): KeySpec[] {
  return SIMULATED_KEY_SPECS.filter(
    (spec) =>
      isSymmetricSpec(spec) === (keyType === 'symmetric') &&
      simulatedUsagesOf(spec).includes(keyUsage),
  )
}

/** A new type or usage keeps the spec when it still fits, else takes the first that does. */
export function withKeyType(choices: WizardChoices, keyType: KeyType): WizardChoices {
  const keyUsage = usagesOf(keyType).includes(choices.keyUsage)
    ? choices.keyUsage
    : usagesOf(keyType)[0]!
  return withKeyUsage({ ...choices, keyType }, keyUsage)
}

export function withKeyUsage(choices: WizardChoices, keyUsage: KeyUsage): WizardChoices {
  const specs = specsOf(choices.keyType, keyUsage)
  const keySpec = specs.includes(choices.keySpec) ? choices.keySpec : specs[0]!
  return withKeySpec({ ...choices, keyUsage }, keySpec)
}

/** A new spec keeps an EXTERNAL origin only when material for it can be imported. */
export function withKeySpec(choices: WizardChoices, keySpec: KeySpec): WizardChoices {
  const origin = isImportableKeySpec(keySpec) ? choices.origin : 'AWS_KMS'
  return { ...choices, keySpec, origin }
}

/** Whether the wizard offers the key material origin for this spec. */
export const offersOrigin = (keySpec: KeySpec) => isImportableKeySpec(keySpec)

/** The tags to send: rows left wholly empty are dropped, the rest sent as typed (AWS checks them). */
export function tagsToSend(rows: readonly TagRow[]) {
  return rows
    .filter((row) => row.key !== '' || row.value !== '')
    .map((row) => ({ TagKey: row.key, TagValue: row.value }))
}

/** The console policy's text for these choices. */
export function consolePolicyOf(choices: WizardChoices, accountId: string): string {
  return consoleKeyPolicyText({
    accountId,
    keySpec: choices.keySpec,
    keyUsage: choices.keyUsage,
    administrators: choices.administrators,
    users: choices.users,
    administratorsMayDelete: choices.administratorsMayDelete,
  })
}

/** The CreateKey request the wizard sends: only what the learner chose beyond AWS's defaults. */
export function createKeyRequest(
  choices: WizardChoices,
  accountId: string,
): OperationInput<'CreateKey'> {
  const tags = tagsToSend(choices.tags)
  return {
    ...(choices.description !== '' && { Description: choices.description }),
    KeySpec: choices.keySpec,
    KeyUsage: choices.keyUsage,
    ...(choices.origin === 'EXTERNAL' && { Origin: 'EXTERNAL' as const }),
    ...(tags.length > 0 && { Tags: tags }),
    ...(choices.policy === 'console' && { Policy: consolePolicyOf(choices, accountId) }),
  }
}

/** The alias to create after the key, trimmed; undefined for none. */
export function aliasToCreate(choices: WizardChoices): string | undefined {
  const alias = choices.alias.trim()
  return alias === '' ? undefined : alias
}
