import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { KeyActionsAgreement } from './key-actions-agreement.tsx'
import { KeyActionsDataKeyPair } from './key-actions-data-key-pair.tsx'
import { KeyActionsDataKey } from './key-actions-data-key.tsx'
import { KeyActionsEncrypt } from './key-actions-encrypt.tsx'
import { KeyActionsMac } from './key-actions-mac.tsx'
import { KeyActionsPublicKey } from './key-actions-public-key.tsx'
import { KeyActionsReEncrypt } from './key-actions-re-encrypt.tsx'
import { KeyActionsSign } from './key-actions-sign.tsx'

/** Which actions a key's type allows, by its spec and usage (issue 11, item 3). */
export type KeyActionKind =
  | 'encrypt'
  | 're-encrypt'
  | 'data-key'
  | 'data-key-pair'
  | 'sign'
  | 'mac'
  | 'agreement'
  | 'public-key'

/**
 * As AWS allows them: a symmetric key encrypts, re-encrypts and makes data keys and pairs; an
 * RSA encryption key encrypts with RSAES_OAEP and has a public key; a signing key signs and has
 * a public key; an HMAC key makes and checks MACs; a key agreement key derives shared secrets
 * (ECDH) and has a public key, which the other party needs.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-compare.html
 */
export function keyActionsOf(key: Pick<KeyMetadata, 'KeySpec' | 'KeyUsage'>): KeyActionKind[] {
  if (key.KeySpec === 'SYMMETRIC_DEFAULT')
    return ['encrypt', 're-encrypt', 'data-key', 'data-key-pair']
  switch (key.KeyUsage) {
    case 'ENCRYPT_DECRYPT':
      return ['encrypt', 'public-key']
    case 'SIGN_VERIFY':
      return ['sign', 'public-key']
    case 'GENERATE_VERIFY_MAC':
      return ['mac']
    case 'KEY_AGREEMENT':
      return ['agreement', 'public-key']
    default:
      return []
  }
}

const PANELS: Readonly<
  Record<KeyActionKind, (props: { metadata: KeyMetadata }) => React.ReactNode>
> = {
  encrypt: KeyActionsEncrypt,
  're-encrypt': KeyActionsReEncrypt,
  'data-key': KeyActionsDataKey,
  'data-key-pair': KeyActionsDataKeyPair,
  sign: KeyActionsSign,
  mac: KeyActionsMac,
  agreement: KeyActionsAgreement,
  'public-key': KeyActionsPublicKey,
}

/**
 * The key's cryptographic actions, each the real call on the sandbox account: what it returns is
 * shown here, the request and response below, and the call lands in the audit trail.
 */
export function KeyActions({ metadata: key }: { metadata: KeyMetadata }) {
  const kinds = keyActionsOf(key)
  if (kinds.length === 0) return null
  return (
    <Panel title="Actions">
      <p className={`text-sm ${MUTED_TEXT}`}>
        What a {key.KeySpec} key with usage {key.KeyUsage} can do. Each button makes the real call
        on the sandbox account, as this account’s root.
      </p>
      {kinds.map((kind) => {
        const Actions = PANELS[kind]
        return <Actions key={`${kind}-${key.KeyId}`} metadata={key} />
      })}
    </Panel>
  )
}
