import { useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { useConfirm } from '@/components/ui/confirm-dialog.tsx'
import { Select } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { ImportableKeySpec, KeyMetadata } from '@/core/kms/index.ts'
import { sandboxNow } from '@/stores/sandbox-clock.ts'
import {
  deleteImportedKeyMaterial,
  hasKeptMaterial,
  importableKeySpec,
  importKeyMaterial,
  type ImportOutcome,
} from '@/stores/sandbox-key-material.ts'
import type { SandboxResult } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** ValidTo choices, from the sandbox's now (the clock panel moves it, so expiry can be watched). */
const EXPIRATIONS = [
  ['never', 'Never expires', undefined],
  ['hour', 'Expires in 1 hour', HOUR],
  ['day', 'Expires in 1 day', DAY],
  ['month', 'Expires in 30 days', 30 * DAY],
] as const

type Outcome =
  | { kind: 'import'; result: SandboxResult<ImportOutcome> }
  | { kind: 'delete'; result: SandboxResult<void> }

/**
 * A key with Origin EXTERNAL: its material is the customer's, imported as the console's "Key
 * material" tab does it. The browser plays the customer's HSM (sandbox-key-material.ts).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html
 */
export function KeyMaterialPanel({ metadata: key }: { metadata: KeyMetadata }) {
  const [material, setMaterial] = useState<'new' | 'same'>('same')
  const [expiration, setExpiration] = useState<string>('never')
  const [outcome, setOutcome] = useState<Outcome>()
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [confirm, confirmDialog] = useConfirm()
  const keySpec = importableKeySpec(key)
  const kept = hasKeptMaterial(key.KeyId)
  const pending = key.KeyState === 'PendingImport'

  const done = (next: Outcome) => {
    setAttempt((n) => n + 1)
    setOutcome(next)
    setBusy(false)
  }

  const onImport = async (spec: ImportableKeySpec) => {
    setBusy(true)
    const offset = EXPIRATIONS.find(([id]) => id === expiration)?.[2]
    const result = await importKeyMaterial(key.KeyId, spec, {
      material: kept ? material : 'new',
      validTo: offset === undefined ? undefined : sandboxNow() + offset,
    })
    done({ kind: 'import', result })
  }

  const onDelete = async () => {
    const confirmed = await confirm({
      title: 'Delete the imported key material?',
      message: (
        <>
          The key goes to PendingImport and cannot be used until you import the same material again.
          KMS keeps no copy: only material you kept can bring it back.
        </>
      ),
      confirmLabel: 'Delete key material',
      tone: 'danger',
    })
    if (!confirmed) return
    setBusy(true)
    done({ kind: 'delete', result: await deleteImportedKeyMaterial(key.KeyId) })
  }

  return (
    <Panel title="Key material">
      <p className="text-sm">
        This key’s material is yours (Origin EXTERNAL): KMS made none. You import it wrapped under a
        public key KMS gives you (GetParametersForImport), with an import token; both are valid for
        24 hours. Here the browser plays your HSM: it makes material for {key.KeySpec} and wraps it
        with RSAES_OAEP_SHA_256. Its bytes are never shown, and it is forgotten when you leave the
        page, as material you did not keep is.
      </p>
      <p className="text-sm">
        {pending
          ? 'No key material: the key is PendingImport and cannot be used.'
          : key.ExpirationModel === 'KEY_MATERIAL_EXPIRES' && key.ValidTo
            ? `The material expires on ${formatInstant(key.ValidTo, 'dateTime')}; then KMS deletes it and the key goes to PendingImport.`
            : 'The material never expires.'}
      </p>
      {keySpec === undefined ? (
        <p className={`text-sm ${MUTED_TEXT}`}>
          The sandbox cannot make {key.KeySpec} material to import.
        </p>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          {kept && (
            <Field label="Material">
              <Select
                value={material}
                onChange={(e) => setMaterial(e.target.value === 'same' ? 'same' : 'new')}
              >
                <option value="same">The same material again</option>
                <option value="new">New material</option>
              </Select>
            </Field>
          )}
          <Field label="Expiration">
            <Select value={expiration} onChange={(e) => setExpiration(e.target.value)}>
              {EXPIRATIONS.map(([id, text]) => (
                <option key={id} value={id}>
                  {text}
                </option>
              ))}
            </Select>
          </Field>
          <Button variant="primary" busy={busy} onClick={() => void onImport(keySpec)}>
            Import key material
          </Button>
          {!pending && key.KeyState !== 'PendingDeletion' && (
            <Button variant="danger" busy={busy} onClick={() => void onDelete()}>
              Delete key material…
            </Button>
          )}
        </div>
      )}
      {outcome &&
        (outcome.result.ok ? (
          <Alert key={attempt} tone="success">
            {outcome.kind === 'import' && outcome.result.value ? (
              <p>
                Imported: {outcome.result.value.wrappedBytes} bytes of wrapped material,
                KeyMaterialId{' '}
                <span className="font-mono text-xs break-all">
                  {outcome.result.value.keyMaterialId}
                </span>
                . The import token was valid until{' '}
                {formatInstant(outcome.result.value.parametersValidTo, 'dateTime')}.
              </p>
            ) : (
              <p>Key material deleted: the key is PendingImport.</p>
            )}
          </Alert>
        ) : (
          <SandboxErrorAlert key={attempt} error={outcome.result.error} />
        ))}
      {confirmDialog}
    </Panel>
  )
}
