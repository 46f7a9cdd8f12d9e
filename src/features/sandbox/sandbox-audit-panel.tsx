import { useEffect, useRef, useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable, type Column } from '@/components/ui/data-table.tsx'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { Select } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { AuditEvent } from '@/core/kms/index.ts'
import {
  auditFacets,
  callerName,
  cloudTrailRecord,
  filterAuditEvents,
  NO_AUDIT_FILTER,
  readSandboxAudit,
  type AuditFilter,
  type AuditTrailView,
} from '@/stores/sandbox-audit.ts'
import { useSandboxClockStore } from '@/stores/sandbox-clock.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/** The newest events shown at once; the filters find older ones. */
const SHOWN = 50

/**
 * A key ARN as the learner knows the key: its first alias, else its id. The aliases are the home
 * Region's (aliases are per Region): a key of another Region, a replica with its primary's id
 * included, is named by its id.
 */
function useKeyName(homeRegion: string | undefined): (arn: string) => string {
  const aliases = useSandboxStore((s) => s.aliases)
  return (arn) => {
    const keyId = arn.slice(arn.lastIndexOf('/') + 1)
    if (arn.split(':')[3] !== homeRegion) return keyId
    const names = aliases.filter((a) => a.TargetKeyId === keyId).map((a) => a.AliasName as string)
    return names.sort()[0] ?? keyId
  }
}

function FilterSelect(props: {
  label: string
  value: string
  onChange: (value: string) => void
  options: readonly (readonly [value: string, text: string])[]
}) {
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  )
}

/**
 * The account's audit trail, like CloudTrail's event history: one event per call (the console's
 * own reads too, as CloudTrail records them) and one per automatic rotation or deletion, at its
 * time in the sandbox. Filtered by key, operation, caller and outcome; each opens as its JSON
 * record. No plaintext or data key is in them.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html
 */
export function SandboxAuditPanel() {
  const keys = useSandboxStore((s) => s.keys)
  const lastExchange = useSandboxStore((s) => s.lastExchange)
  const now = useSandboxClockStore((s) => s.now)
  const [trail, setTrail] = useState<AuditTrailView>()
  const [failure, setFailure] = useState<Awaited<ReturnType<typeof readSandboxAudit>>>()
  const [filter, setFilter] = useState<AuditFilter>(NO_AUDIT_FILTER)
  /** undefined: the home Region. */
  const [region, setRegion] = useState<string>()
  const [opened, setOpened] = useState<AuditEvent>()
  const record = useRef<HTMLDivElement>(null)

  // The record shows under a long table: take the learner (and the focus) to it.
  useEffect(() => {
    if (opened) record.current?.focus()
  }, [opened])

  // Read again whenever the account changed: keys read anew, a request sent, the clock moved.
  useEffect(() => {
    let current = true
    void readSandboxAudit(region).then((result) => {
      if (!current) return
      if (result.ok) setTrail(result.value)
      else setFailure(result)
    })
    return () => {
      current = false
    }
  }, [keys, lastExchange, now, region])

  const keyName = useKeyName(trail?.regions[0])
  const events = trail?.events ?? []
  const facets = auditFacets(events)
  const matching = filterAuditEvents(events, filter)
  const set = (member: keyof AuditFilter) => (value: string) =>
    setFilter((f) => ({ ...f, [member]: value }))

  const columns: [Column<AuditEvent>, ...Column<AuditEvent>[]] = [
    {
      key: 'time',
      header: 'Time (sandbox)',
      cell: (e) => (
        <time dateTime={new Date(e.eventTime).toISOString()} className="whitespace-nowrap">
          {formatInstant(new Date(e.eventTime), 'dateTime')}
        </time>
      ),
    },
    { key: 'operation', header: 'Operation', cell: (e) => e.eventName },
    {
      key: 'caller',
      header: 'Caller',
      // A call an AWS service made on the caller's behalf (EBS through EC2) says which.
      cell: (e) => (
        <span className="font-mono text-xs">
          {callerName(e.principal)}
          {e.viaService !== undefined && ` via ${e.viaService}`}
        </span>
      ),
    },
    {
      key: 'key',
      header: 'Key',
      cell: (e) => (
        <span className="text-xs whitespace-nowrap">{e.keyArns.map(keyName).join(', ')}</span>
      ),
    },
    { key: 'error', header: 'Error', cell: (e) => e.errorCode ?? '' },
    {
      key: 'json',
      header: 'Record',
      cell: (e) => (
        <Button
          aria-label={`Open ${e.eventName} at ${formatInstant(new Date(e.eventTime), 'dateTime')} as JSON`}
          onClick={() => setOpened(e)}
        >
          JSON
        </Button>
      ),
    },
  ]

  return (
    <Panel title="Audit trail">
      <p className={`text-sm ${MUTED_TEXT}`}>
        Every call to this account, as CloudTrail records it: who called, what, on which key, and
        the error if any. What KMS does by itself (automatic rotation, deletion) is here too, at its
        time in the sandbox. Plaintext and data keys are never recorded.
      </p>
      {trail && trail.regions.length > 1 && (
        <FilterSelect
          label="Region"
          value={trail.region}
          onChange={(value) => {
            // Another Region's keys, callers and errors: the filters start afresh.
            setFilter(NO_AUDIT_FILTER)
            setOpened(undefined)
            setRegion(value)
          }}
          options={trail.regions.map((r, i) => [r, i === 0 ? `${r} (home)` : r] as const)}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          label="Key"
          value={filter.keyArn}
          onChange={set('keyArn')}
          options={[['', 'All keys'], ...facets.keyArns.map((a) => [a, keyName(a)] as const)]}
        />
        <FilterSelect
          label="Operation"
          value={filter.operation}
          onChange={set('operation')}
          options={[['', 'All operations'], ...facets.operations.map((o) => [o, o] as const)]}
        />
        <FilterSelect
          label="Caller"
          value={filter.caller}
          onChange={set('caller')}
          options={[['', 'All callers'], ...facets.callers.map((c) => [c, callerName(c)] as const)]}
        />
        <FilterSelect
          label="Error"
          value={filter.outcome}
          onChange={set('outcome')}
          options={[
            ['', 'Any outcome'],
            ['ok', 'Succeeded'],
            ['error', 'Any error'],
            ...facets.errors.map((e) => [e, e] as const),
          ]}
        />
      </div>
      <p className="text-sm">
        {matching.length === events.length
          ? `${events.length} events`
          : `${matching.length} of ${events.length} events`}
        {matching.length > SHOWN && `; the newest ${SHOWN} shown`}.
      </p>
      {matching.length === 0 ? (
        <EmptyState>No event matches these filters.</EmptyState>
      ) : (
        <DataTable
          caption="Audit events, newest first"
          hideCaption
          dense
          columns={columns}
          rows={matching.slice(0, SHOWN)}
          rowKey={(e) => e.eventId}
        />
      )}
      {opened && trail && (
        <div ref={record} tabIndex={-1} className="rounded-md">
          <CodeBlock
            wrap
            label={`${opened.eventName} event as JSON`}
            json={cloudTrailRecord(opened, trail.region, trail.accountId)}
          />
        </div>
      )}
      {failure && !failure.ok && <SandboxErrorAlert error={failure.error} />}
    </Panel>
  )
}
