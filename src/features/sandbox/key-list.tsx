import { useState } from 'react'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { setKeyEnabled, useSandboxStore, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { AwsErrorAlert } from './aws-error-alert.tsx'
import { button, panel } from './sandbox-styles.ts'

const STATE_STYLE: Record<string, string> = {
  Enabled: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-500/20 dark:text-emerald-200',
  Disabled: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
  PendingDeletion: 'bg-red-100 text-red-900 dark:bg-red-500/20 dark:text-red-200',
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
    <section aria-labelledby="keys-heading" className={panel}>
      <h2 id="keys-heading" className="text-lg font-semibold">
        Your keys{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">({keys.length})</span>
      </h2>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No keys yet. Create one: it lives in this browser only, like every key of the sandbox.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {keys.map((key) => (
            <li key={key.KeyId} className="flex flex-wrap items-start gap-x-4 gap-y-1 py-3">
              <div className="min-w-0 flex-1 space-y-1">
                <p className="font-medium">{key.Description || 'No description'}</p>
                <p className="font-mono text-xs break-all text-slate-700 dark:text-slate-300">
                  {key.KeyId}
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {key.KeySpec} · {key.KeyUsage} ·{' '}
                  {key.KeyManager === 'AWS' ? 'AWS managed' : 'customer managed'} · created{' '}
                  {key.CreationDate.toLocaleString()}
                </p>
              </div>
              <span
                className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[key.KeyState] ?? ''}`}
              >
                {key.KeyState}
              </span>
              {key.KeyManager === 'CUSTOMER' && key.KeyState !== 'PendingDeletion' && (
                <button
                  type="button"
                  className={button}
                  aria-label={`${key.KeyState === 'Enabled' ? 'Disable' : 'Enable'} key ${key.Description || key.KeyId}`}
                  onClick={() => void toggle(key)}
                >
                  {key.KeyState === 'Enabled' ? 'Disable' : 'Enable'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <AwsErrorAlert key={attempt} error={error} />}
    </section>
  )
}
