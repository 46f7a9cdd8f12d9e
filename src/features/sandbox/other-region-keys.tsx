import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable, type Column } from '@/components/ui/data-table.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { regionRoleText } from './key-rows.ts'
import { KeyStateBadge } from './key-state-badge.tsx'

/**
 * The keys of the account's second Region (eu-west-1), where the replicas of multi-Region keys
 * live: as the AWS console shows them after switching Region. Read-only here; the CLI panel's
 * `--region eu-west-1` and the multi-Region scenario act on them.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-view.html
 */
export function OtherRegionKeys() {
  const region = useSandboxStore((s) => s.otherRegion)
  const keys = useSandboxStore((s) => s.otherRegionKeys)
  if (region === undefined) return null
  const columns: readonly [Column<KeyMetadata>, ...Column<KeyMetadata>[]] = [
    {
      key: 'id',
      header: 'Key ID',
      sortValue: (k) => k.KeyId,
      cell: (k) => <span className="font-mono text-xs break-all">{k.KeyId}</span>,
    },
    {
      key: 'description',
      header: 'Description',
      cell: (k) => k.Description || <span className={MUTED_TEXT}>No description</span>,
    },
    { key: 'regions', header: 'Regions', cell: (k) => regionRoleText(k) },
    {
      key: 'state',
      header: 'State',
      sortValue: (k) => k.KeyState,
      cell: (k) => <KeyStateBadge state={k.KeyState} />,
    },
  ]
  return (
    <Panel
      title={
        <>
          Keys in {region} <span className={`font-normal ${MUTED_TEXT}`}>({keys.length})</span>
        </>
      }
    >
      {keys.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>
          No keys in {region} yet. Replicate a multi-Region key here (the multi-Region keys scenario
          does), or use the CLI with --region {region}.
        </p>
      ) : (
        <DataTable
          caption={`Keys of the sandbox account in ${region}`}
          hideCaption
          dense
          columns={columns}
          rows={keys}
          rowKey={(k) => k.KeyId}
        />
      )}
    </Panel>
  )
}
