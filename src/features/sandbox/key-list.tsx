import { useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable, type Column } from '@/components/ui/data-table.tsx'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { paths } from '@/routes/paths.ts'
import { setKeyEnabled, useSandboxStore, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { keyRows, matchesKeyFilter, type KeyRow } from './key-rows.ts'
import { KeyStateBadge } from './key-state-badge.tsx'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/** The account's keys as the AWS console lists them: sortable, filterable, each a link to its page. */
export function KeyList() {
  const keys = useSandboxStore((s) => s.keys)
  const aliases = useSandboxStore((s) => s.aliases)
  const rotation = useSandboxStore((s) => s.rotation)
  const [filter, setFilter] = useState('')
  const [error, setError] = useState<AwsErrorView>()
  const [attempt, setAttempt] = useState(0)

  const toggle = async (key: KeyMetadata) => {
    const result = await setKeyEnabled(key.KeyId, key.KeyState !== 'Enabled')
    setAttempt((n) => n + 1)
    setError(result.ok ? undefined : result.error)
  }

  const rows = keyRows(keys, aliases, rotation)
  const shown = rows.filter((row) => matchesKeyFilter(row, filter))
  const columns: readonly [Column<KeyRow>, ...Column<KeyRow>[]] = [
    {
      key: 'alias',
      header: 'Alias and description',
      sortValue: (r) => r.aliases[0] ?? '\uffff',
      cell: (r) => (
        <span className="flex flex-col">
          {r.aliases.length === 0 ? (
            <span className={MUTED_TEXT}>No alias</span>
          ) : (
            r.aliases.map((name) => (
              <TextLink key={name} href={paths.sandbox.key(r.key.KeyId)} className="break-all">
                {name}
              </TextLink>
            ))
          )}
          {r.key.Description && <span className="text-xs">{r.key.Description}</span>}
        </span>
      ),
    },
    {
      key: 'id',
      header: 'Key ID',
      sortValue: (r) => r.key.KeyId,
      cell: (r) => (
        <TextLink
          href={paths.sandbox.key(r.key.KeyId)}
          className="font-mono text-xs whitespace-nowrap"
        >
          {r.key.KeyId}
        </TextLink>
      ),
    },
    { key: 'type', header: 'Type', sortValue: (r) => r.type, cell: (r) => r.type },
    { key: 'regions', header: 'Regions', sortValue: (r) => r.regions, cell: (r) => r.regions },
    {
      key: 'usage',
      header: 'Usage',
      sortValue: (r) => r.key.KeyUsage,
      cell: (r) => <span className="font-mono text-xs">{r.key.KeyUsage}</span>,
    },
    {
      key: 'state',
      header: 'State',
      sortValue: (r) => r.key.KeyState,
      cell: (r) => <KeyStateBadge state={r.key.KeyState} />,
    },
    {
      key: 'managed',
      header: 'Managed by',
      sortValue: (r) => r.managedBy,
      cell: (r) => r.managedBy,
    },
    { key: 'rotation', header: 'Rotation', sortValue: (r) => r.rotation, cell: (r) => r.rotation },
    {
      key: 'created',
      header: 'Created',
      sortValue: (r) => r.key.CreationDate.getTime(),
      cell: (r) => (
        <time
          dateTime={r.key.CreationDate.toISOString()}
          title={formatInstant(r.key.CreationDate, 'dateTime')}
        >
          {formatInstant(r.key.CreationDate, 'date')}
        </time>
      ),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: ({ key }) =>
        key.KeyManager === 'CUSTOMER' &&
        key.KeyState !== 'PendingDeletion' && (
          <Button
            aria-label={`${key.KeyState === 'Enabled' ? 'Disable' : 'Enable'} key ${key.Description || key.KeyId}`}
            onClick={() => void toggle(key)}
          >
            {key.KeyState === 'Enabled' ? 'Disable' : 'Enable'}
          </Button>
        ),
    },
  ]

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
        <div className="space-y-3">
          <Field label="Filter keys" hint="Words from any column: an alias, an id, a state…">
            <TextInput type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </Field>
          {shown.length === 0 ? (
            <EmptyState>No key matches “{filter}”.</EmptyState>
          ) : (
            <DataTable
              caption="Keys of the sandbox account"
              hideCaption
              dense
              columns={columns}
              rows={shown}
              rowKey={(r) => r.key.KeyId}
            />
          )}
        </div>
      )}
      {error && <SandboxErrorAlert key={attempt} error={error} />}
    </Panel>
  )
}
