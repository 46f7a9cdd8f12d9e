import type { ReactNode } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { regionRoleText } from './key-rows.ts'
import { KeyStateBadge } from './key-state-badge.tsx'

const mono = (text: string) => <span className="font-mono text-xs break-all">{text}</span>

/**
 * DescribeKey's KeyMetadata in the console's words: identifiers, dates, state and the
 * cryptographic configuration.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html
 */
export function KeyMetadataPanel({ metadata: key }: { metadata: KeyMetadata }) {
  const algorithms = key.EncryptionAlgorithms ?? key.SigningAlgorithms ?? key.MacAlgorithms ?? []
  const rows: [string, ReactNode][] = [
    ['ARN', mono(key.Arn)],
    ['Key ID', mono(key.KeyId)],
    ['Description', key.Description || <span className={MUTED_TEXT}>No description</span>],
    ['Created', formatInstant(key.CreationDate, 'dateTime')],
    ['State', <KeyStateBadge key="state" state={key.KeyState} />],
    ...(key.DeletionDate
      ? [['Deletion date', formatInstant(key.DeletionDate, 'dateTime')] as [string, ReactNode]]
      : []),
    ['Origin', mono(key.Origin)],
    ['Key spec', mono(key.KeySpec)],
    ['Key usage', mono(key.KeyUsage)],
    [
      key.SigningAlgorithms
        ? 'Signing algorithms'
        : key.MacAlgorithms
          ? 'MAC algorithms'
          : 'Encryption algorithms',
      mono(algorithms.join(', ')),
    ],
    ['Managed by', key.KeyManager === 'AWS' ? 'AWS' : 'Customer'],
    ['Regionality', regionRoleText(key)],
    ...(key.CurrentKeyMaterialId
      ? [['Current key material', mono(key.CurrentKeyMaterialId)] as [string, ReactNode]]
      : []),
  ]
  return (
    <Panel title="General configuration">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="min-w-0">{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  )
}
