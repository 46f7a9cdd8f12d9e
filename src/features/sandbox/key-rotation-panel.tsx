import { useCallback, useEffect, useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Badge } from '@/components/ui/badge.tsx'
import { Button } from '@/components/ui/button.tsx'
import { LIST_DIVIDER, MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import {
  disableKeyRotation,
  enableKeyRotation,
  listKeyMaterial,
  ON_DEMAND_ROTATION_LIMIT,
  onDemandRotationsLeft,
  rotateKeyOnDemand,
  type KeyMaterialVersion,
} from '@/stores/sandbox-rotation-actions.ts'
import { useSandboxStore, type SandboxResult } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

type Outcome = { result: SandboxResult<unknown>; done: string }

const ROTATION_NAMES = { AUTOMATIC: 'Automatic rotation', ON_DEMAND: 'On-demand rotation' }

/** One material version on the timeline: when and how it came, and whether it is current. */
function VersionItem(props: { version: KeyMaterialVersion; created: Date }) {
  const { version, created } = props
  const current = version.KeyMaterialState === 'CURRENT'
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
      <span className="font-medium">
        {version.RotationType ? ROTATION_NAMES[version.RotationType] : 'Original key material'}
      </span>
      <span className="text-sm">{formatInstant(version.RotationDate ?? created, 'dateTime')}</span>
      {current && <Badge tone="success">Current</Badge>}
      <span className={`w-full font-mono text-xs break-all ${MUTED_TEXT}`}>
        {version.KeyMaterialId}
      </span>
    </li>
  )
}

/**
 * Rotation of a symmetric encryption key: automatic rotation every 90 to 2560 days, rotation on
 * demand (25 per key), and the timeline of its key material. Every version is kept, so what an
 * old version encrypted still decrypts: the ciphertext names the version it needs.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
export function KeyRotationPanel({ metadata: key }: { metadata: KeyMetadata }) {
  const rotation = useSandboxStore((s) => s.rotation[key.KeyId])
  const [period, setPeriod] = useState(String(rotation?.periodInDays ?? 365))
  const [versions, setVersions] = useState<KeyMaterialVersion[]>()
  const [outcome, setOutcome] = useState<Outcome>()
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)

  const load = useCallback(
    () =>
      listKeyMaterial(key.KeyId).then((result) => {
        if (result.ok) setVersions(result.value)
      }),
    [key.KeyId],
  )
  useEffect(() => {
    void load()
  }, [load, key.CurrentKeyMaterialId])

  const run = async (request: () => Promise<SandboxResult<unknown>>, done: string) => {
    setBusy(true)
    const result = await request().finally(() => setBusy(false))
    setAttempt((n) => n + 1)
    setOutcome({ result, done })
    await load()
  }

  const customer = key.KeyManager === 'CUSTOMER'
  const left = versions && onDemandRotationsLeft(versions)
  const days = period.trim() === '' ? Number.NaN : Number(period)
  return (
    <Panel title="Key rotation">
      <p className="text-sm">
        {rotation?.enabled ? (
          <>
            Automatic rotation is <strong>on</strong>, every {rotation.periodInDays} days
            {rotation.nextRotationDate &&
              `; next on ${formatInstant(rotation.nextRotationDate, 'dateTime')}`}
            .
          </>
        ) : (
          <>
            Automatic rotation is <strong>off</strong>
            {key.KeyState === 'PendingDeletion' && ' while the key is pending deletion'}.
          </>
        )}
      </p>
      {customer && (
        <div className="flex flex-wrap items-end gap-3">
          <Field
            label="Rotation period (days)"
            hint="90 to 2560 days; 365 unless you choose."
            layout="inline"
          >
            <TextInput
              compact
              inputMode="numeric"
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
            />
          </Field>
          <Button
            busy={busy}
            onClick={() =>
              void run(
                () => enableKeyRotation(key.KeyId, days),
                `Automatic rotation on, every ${period} days.`,
              )
            }
          >
            {rotation?.enabled ? 'Change rotation period' : 'Enable automatic rotation'}
          </Button>
          {rotation?.enabled && (
            <Button
              busy={busy}
              onClick={() =>
                void run(() => disableKeyRotation(key.KeyId), 'Automatic rotation off.')
              }
            >
              Disable automatic rotation
            </Button>
          )}
        </div>
      )}
      {customer && (
        <div className="space-y-1">
          <Button
            busy={busy}
            onClick={() =>
              void run(
                () => rotateKeyOnDemand(key.KeyId),
                'Rotated: new key material is current, and the old still decrypts.',
              )
            }
          >
            Rotate now (on demand)
          </Button>
          {left !== undefined && (
            <p className={`text-xs ${MUTED_TEXT}`}>
              {left} of {ON_DEMAND_ROTATION_LIMIT} on-demand rotations left for this key.
            </p>
          )}
        </div>
      )}
      {outcome &&
        (outcome.result.ok ? (
          <Alert key={attempt} tone="success">
            <p>{outcome.done}</p>
          </Alert>
        ) : (
          <SandboxErrorAlert key={attempt} error={outcome.result.error} />
        ))}
      {versions && (
        <ol aria-label="Key material versions" className={`divide-y ${LIST_DIVIDER}`}>
          {versions.map((version) => (
            <VersionItem key={version.KeyMaterialId} version={version} created={key.CreationDate} />
          ))}
        </ol>
      )}
    </Panel>
  )
}
