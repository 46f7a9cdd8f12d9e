import { useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { AwsErrorAlert } from '@/components/ui/alert.tsx'
import { Badge, type BadgeTone } from '@/components/ui/badge.tsx'
import { Button } from '@/components/ui/button.tsx'
import { LIST_DIVIDER, MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata, KeyState } from '@/core/kms/index.ts'
import { setKeyEnabled, useSandboxStore, type AwsErrorView } from '@/stores/sandbox-store.ts'

/** A key state's badge: usable keys green, keys on their way out red, the rest grey. */
const STATE_TONE: Partial<Record<KeyState, BadgeTone>> = {
  Enabled: 'success',
  PendingDeletion: 'error',
}

/** The account's keys as DescribeKey shows them, with the state a learner can toggle. */
export function KeyList() {
  const keys = useSandboxStore((s) => s.keys)
  const [error, setError] = useState<AwsErrorView>()
  const [attempt, setAttempt] = useState(0)

  const toggle = async (key: KeyMetadata) => {
    const result = await setKeyEnabled(key.KeyId, key.KeyState !== 'Enabled')
    setAttempt((n) => n + 1)
    setError(result.ok ? undefined : result.error)
  }

  return (
    <Panel
      title={
        <>
          Your keys <span className={`font-normal ${MUTED_TEXT}`}>({keys.length})</span>
        </>
      }
    >
      {keys.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>
          No keys yet. Create one: it lives in this browser only, like every key of the sandbox.
        </p>
      ) : (
        <ul className={`divide-y ${LIST_DIVIDER}`}>
          {keys.map((key) => (
            <li key={key.KeyId} className="flex flex-wrap items-start gap-x-4 gap-y-1 py-3">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="font-medium">{key.Description || 'No description'}</p>
                <p className={`font-mono text-xs break-all ${MUTED_TEXT}`}>{key.KeyId}</p>
                <p className={`text-xs ${MUTED_TEXT}`}>
                  {key.KeySpec} · {key.KeyUsage} ·{' '}
                  {key.KeyManager === 'AWS' ? 'AWS managed' : 'customer managed'} · created{' '}
                  {formatInstant(key.CreationDate, 'dateTime')}
                </p>
              </div>
              <Badge tone={STATE_TONE[key.KeyState] ?? 'neutral'}>{key.KeyState}</Badge>
              {key.KeyManager === 'CUSTOMER' && key.KeyState !== 'PendingDeletion' && (
                <Button
                  aria-label={`${key.KeyState === 'Enabled' ? 'Disable' : 'Enable'} key ${key.Description || key.KeyId}`}
                  onClick={() => void toggle(key)}
                >
                  {key.KeyState === 'Enabled' ? 'Disable' : 'Enable'}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <AwsErrorAlert key={attempt} error={error} />}
    </Panel>
  )
}
