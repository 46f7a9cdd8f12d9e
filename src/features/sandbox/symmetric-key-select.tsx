import type { ReactNode } from 'react'
import { Field } from '@/components/ui/field.tsx'
import { Select } from '@/components/ui/field-controls.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'

/**
 * The account's customer managed symmetric encryption keys that can encrypt now (Enabled,
 * SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT), newest first: GenerateDataKey takes no other key.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 */
export function useEncryptionKeys(): readonly { key: KeyMetadata; aliases: readonly string[] }[] {
  const keys = useSandboxStore((s) => s.keys)
  const aliases = useSandboxStore((s) => s.aliases)
  return keys
    .filter(
      (k) =>
        k.KeyState === 'Enabled' &&
        k.KeySpec === 'SYMMETRIC_DEFAULT' &&
        k.KeyUsage === 'ENCRYPT_DECRYPT' &&
        k.KeyManager === 'CUSTOMER',
    )
    .sort((a, b) => b.CreationDate.getTime() - a.CreationDate.getTime())
    .map((key) => ({
      key,
      aliases: aliases
        .filter((a) => a.TargetKeyId === key.KeyId)
        .map((a) => String(a.AliasName))
        .sort(),
    }))
}

/**
 * Which symmetric encryption key to use; `value` undefined means the newest one (the default the
 * file encryption contract names). Renders nothing when there is none: the screen offers to
 * create one instead.
 */
export function SymmetricKeySelect({
  value,
  onChange,
  label = 'KMS key',
  hint,
}: {
  value: string | undefined
  onChange: (keyId: string) => void
  label?: ReactNode
  hint?: ReactNode
}) {
  const keys = useEncryptionKeys()
  if (keys.length === 0) return null
  const chosen = chosenEncryptionKey(keys, value)
  return (
    <Field label={label} hint={hint}>
      <Select value={chosen} onChange={(e) => onChange(e.target.value)}>
        {keys.map(({ key, aliases }) => (
          <option key={key.KeyId} value={key.KeyId}>
            {`${aliases[0] ?? (key.Description || 'No description')} (${key.KeyId.slice(0, 8)}…)`}
          </option>
        ))}
      </Select>
    </Field>
  )
}

/** The key `SymmetricKeySelect` shows as chosen for `value`. */
export function chosenEncryptionKey(
  keys: ReturnType<typeof useEncryptionKeys>,
  value: string | undefined,
): string | undefined {
  return (keys.find((k) => k.key.KeyId === value) ?? keys[0])?.key.KeyId
}
