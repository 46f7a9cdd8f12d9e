import type { CardId } from '@/core/deck/index.ts'
import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { DataTable, type Column } from '@/components/ui/data-table.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import {
  kmsCallsFor,
  runVariantAction,
  useEnvelopeVariants,
  VARIANTS,
  type EnvelopeVariant,
} from '@/stores/sandbox-envelope-variants.ts'
import { SandboxErrorAlert } from '../sandbox-error-alert.tsx'
import { ByteField, ByteFields } from './byte-field.tsx'
import { VARIANT_TEXTS } from './envelope-texts.ts'

const SIZES = [
  { label: '1 MB', bytes: 2 ** 20 },
  { label: '100 MB', bytes: 100 * 2 ** 20 },
  { label: '1 GB', bytes: 2 ** 30 },
] as const

/** The end of the walkthrough: the learner picks a branch and presses its buttons in order. */
export function EnvelopeVariants() {
  const [variant, setVariant] = useState<EnvelopeVariant>('encryption-context')
  const { running, outcomes } = useEnvelopeVariants()
  const text = VARIANT_TEXTS[variant]
  const done = outcomes[variant] ?? []
  return (
    <div className="space-y-4">
      <RadioGroup
        legend="Branch"
        options={VARIANTS.map((v) => ({ value: v, label: VARIANT_TEXTS[v].title }))}
        value={variant}
        onChange={setVariant}
      />
      <section aria-labelledby="envelope-variant-heading" className="space-y-3">
        <h4 id="envelope-variant-heading" className="text-lg font-semibold">
          {text.title}
        </h4>
        <p>{text.explain}</p>
        <p>
          <TextLink href={paths.browse.card(text.card as CardId)}>
            The card that teaches it
          </TextLink>
        </p>
        {variant === 'why-not-encrypt' && <CallCounts />}
        <ol className="space-y-3">
          {text.actions.map((action, i) => {
            const outcome = done[i]
            return (
              <li key={action} className="space-y-2">
                <Button
                  variant={outcome === undefined ? 'primary' : 'secondary'}
                  busy={running && done.length === i}
                  disabled={running || i > done.length}
                  onClick={() => void runVariantAction(variant, i)}
                >
                  {action}
                </Button>
                <div aria-live="polite">
                  {outcome?.ok === false && <SandboxErrorAlert error={outcome.error} />}
                  {outcome?.ok === true && (
                    <ByteFields label={`Result: ${action}`}>
                      {outcome.facts.map((fact) => (
                        <ByteField key={fact.label} label={fact.label}>
                          {fact.value}
                        </ByteField>
                      ))}
                    </ByteFields>
                  )}
                </div>
              </li>
            )
          })}
        </ol>
      </section>
    </div>
  )
}

const COUNT_COLUMNS: readonly [
  Column<(typeof SIZES)[number]>,
  ...Column<(typeof SIZES)[number]>[],
] = [
  { key: 'file', header: 'File', cell: (row) => row.label },
  {
    key: 'encrypt',
    header: 'Encrypt, 4 KB a call',
    cell: (row) => `${kmsCallsFor(row.bytes).encrypt.toLocaleString('en')} Encrypt calls`,
  },
  { key: 'envelope', header: 'Envelope', cell: () => '1 GenerateDataKey + 1 Decrypt' },
]

/** KMS requests each way, for files of a few sizes (Encrypt's limit is 4,096 bytes). */
function CallCounts() {
  return (
    <DataTable
      caption="KMS requests to encrypt a file"
      columns={COUNT_COLUMNS}
      rows={SIZES}
      rowKey={(row) => row.label}
    />
  )
}
