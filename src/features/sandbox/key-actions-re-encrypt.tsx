import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Select, TextArea } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { reEncryptBlob, type ReEncrypted } from '@/stores/sandbox-crypto-actions.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { ContextField, useActionError, withContexts } from './key-actions-shared.tsx'

/**
 * ReEncrypt: a ciphertext of any symmetric key of the account, decrypted and encrypted again
 * under this key or another, inside KMS (the plaintext never leaves), e.g. to move data to a new
 * key or change its context.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
 */
export function KeyActionsReEncrypt({ metadata: key }: { metadata: KeyMetadata }) {
  const keys = useSandboxStore((s) => s.keys)
  const aliases = useSandboxStore((s) => s.aliases)
  const destinations = keys.filter(
    (k) => k.KeySpec === 'SYMMETRIC_DEFAULT' && k.KeyState !== 'PendingDeletion',
  )
  const [ciphertext, setCiphertext] = useState('')
  const [sourceContext, setSourceContext] = useState('')
  const [destinationKeyId, setDestinationKeyId] = useState<string>(key.KeyId)
  const [destinationContext, setDestinationContext] = useState('')
  const [moved, setMoved] = useState<ReEncrypted>()
  const { settle, alert } = useActionError()

  const nameOf = (k: KeyMetadata) => {
    const alias = aliases.find((a) => a.TargetKeyId === k.KeyId)?.AliasName
    const name = k.KeyId === key.KeyId ? 'This key' : (alias ?? (k.Description || 'No description'))
    return `${name} (${k.KeyId.slice(0, 8)}…)`
  }
  const onReEncrypt = async () => {
    const result = await withContexts([sourceContext, destinationContext], (from, to) =>
      reEncryptBlob(ciphertext, {
        sourceContext: from,
        destinationKeyId,
        destinationContext: to,
      }),
    )
    setMoved(settle(result)?.value)
  }

  return (
    <Panel title="Re-encrypt" headingLevel={3}>
      <p className={`text-sm ${MUTED_TEXT}`}>
        Paste a CiphertextBlob of any symmetric key of the account: KMS decrypts it and encrypts the
        plaintext again under the destination key, without ever returning it.
      </p>
      <Field label="CiphertextBlob to re-encrypt (base64)">
        <TextArea
          rows={3}
          className="font-mono"
          value={ciphertext}
          onChange={(e) => setCiphertext(e.target.value)}
        />
      </Field>
      <ContextField
        label="Source encryption context"
        value={sourceContext}
        onChange={setSourceContext}
        hint="The context the blob was made with."
      />
      <Field label="Destination key">
        <Select value={destinationKeyId} onChange={(e) => setDestinationKeyId(e.target.value)}>
          {destinations.map((k) => (
            <option key={k.KeyId} value={k.KeyId}>
              {nameOf(k)}
            </option>
          ))}
        </Select>
      </Field>
      <ContextField
        label="Destination encryption context"
        value={destinationContext}
        onChange={setDestinationContext}
        hint="The context of the new blob: Decrypt will need it."
      />
      <Button variant="primary" onClick={() => void onReEncrypt()}>
        Re-encrypt
      </Button>
      <div aria-live="polite">
        {moved && (
          <div className="space-y-2">
            <p className={`text-sm break-all ${MUTED_TEXT}`}>
              Re-encrypted from {moved.sourceKeyArn} to {moved.destinationKeyArn}.
            </p>
            <CodeBlock label="New CiphertextBlob (base64)" text={moved.ciphertext} wrap />
          </div>
        )}
      </div>
      {alert}
    </Panel>
  )
}
