import { useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { RadioGroup } from '@/components/ui/radio-group.tsx'
import {
  offersOrigin,
  specsOf,
  usagesOf,
  withKeySpec,
  withKeyType,
  withKeyUsage,
  type KeyType,
  type TagRow,
  type WizardChoices,
} from './create-key-wizard-model.ts'
import {
  explainKeySpec,
  KEY_ORIGINS,
  KEY_TYPES,
  KEY_USAGES,
  LABELS,
} from './create-key-wizard-texts.ts'
import { WizardExplained } from './wizard-explained.tsx'

export interface StepProps {
  readonly choices: WizardChoices
  readonly onChange: (choices: WizardChoices) => void
}

const usageLabel = (usage: WizardChoices['keyUsage']) => KEY_USAGES[usage]?.label ?? usage

/** Step 1: symmetric or asymmetric, and what the key is for. */
export function KeyTypeStep({ choices, onChange }: StepProps) {
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <RadioGroup
          legend="Key type"
          value={choices.keyType}
          onChange={(keyType: KeyType) => onChange(withKeyType(choices, keyType))}
          options={(['symmetric', 'asymmetric'] as const).map((value) => ({
            value,
            label: KEY_TYPES[value].label,
          }))}
        />
        <WizardExplained explained={KEY_TYPES[choices.keyType]} />
      </div>
      <div className="space-y-1">
        <RadioGroup
          legend="Key usage"
          value={choices.keyUsage}
          onChange={(usage) => onChange(withKeyUsage(choices, usage))}
          options={usagesOf(choices.keyType).map((value) => ({ value, label: usageLabel(value) }))}
        />
        {KEY_USAGES[choices.keyUsage] && (
          <WizardExplained explained={KEY_USAGES[choices.keyUsage]!} />
        )}
      </div>
    </div>
  )
}

/** Step 2: the key spec among those of the type and usage, and where its material comes from. */
export function KeySpecStep({ choices, onChange }: StepProps) {
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <RadioGroup
          legend="Key spec"
          value={choices.keySpec}
          onChange={(keySpec) => onChange(withKeySpec(choices, keySpec))}
          options={specsOf(choices.keyType, choices.keyUsage).map((value) => ({
            value,
            label: <code className="font-mono">{value}</code>,
          }))}
        />
        <WizardExplained explained={explainKeySpec(choices.keySpec, choices.keyUsage)} />
      </div>
      {offersOrigin(choices.keySpec) && (
        <div className="space-y-1">
          <RadioGroup
            legend="Key material origin"
            value={choices.origin}
            onChange={(origin) => onChange({ ...choices, origin })}
            options={(['AWS_KMS', 'EXTERNAL'] as const).map((value) => ({
              value,
              label: KEY_ORIGINS[value].label,
            }))}
          />
          <WizardExplained explained={KEY_ORIGINS[choices.origin]} />
        </div>
      )}
    </div>
  )
}

/** Step 3: description and alias, each optional. */
export function KeyLabelsStep({ choices, onChange }: StepProps) {
  return (
    <div className="space-y-4">
      <Field label="Description" hint={<WizardExplained inline explained={LABELS.description} />}>
        <TextInput
          value={choices.description}
          maxLength={8192}
          placeholder="Orders table"
          onChange={(e) => onChange({ ...choices, description: e.target.value })}
        />
      </Field>
      <Field
        label={
          <>
            Alias <span className="font-normal">(optional)</span>
          </>
        }
        hint={<WizardExplained inline explained={LABELS.alias} />}
      >
        <TextInput
          value={choices.alias}
          maxLength={256}
          className="font-mono"
          placeholder="alias/orders"
          onChange={(e) => onChange({ ...choices, alias: e.target.value })}
        />
      </Field>
    </div>
  )
}

/** Step 4: tags, as rows of key and value. */
export function KeyTagsStep({ choices, onChange }: StepProps) {
  const list = useRef<HTMLUListElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  // After adding a row the focus goes to its key, after removing one to "Add a tag".
  const focusNext = useRef<'new row' | 'add' | undefined>(undefined)
  const count = choices.tags.length
  useEffect(() => {
    if (focusNext.current === 'new row') {
      list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus()
    } else if (focusNext.current === 'add') addButton.current?.focus()
    focusNext.current = undefined
  }, [count])
  const setRow = (index: number, row: TagRow) =>
    onChange({ ...choices, tags: choices.tags.map((r, i) => (i === index ? row : r)) })
  return (
    <div className="space-y-3">
      <WizardExplained explained={LABELS.tags} />
      {choices.tags.length === 0 && <p className="text-sm">No tags.</p>}
      <ul ref={list} className="space-y-2">
        {choices.tags.map((row, index) => (
          // Rows have no identity but their place: a removed row renumbers the rest.
          <li key={index} className="flex flex-wrap items-end gap-2">
            <Field label={`Tag ${index + 1} key`} className="min-w-0 flex-1">
              <TextInput
                value={row.key}
                maxLength={128}
                onChange={(e) => setRow(index, { ...row, key: e.target.value })}
              />
            </Field>
            <Field label={`Tag ${index + 1} value`} className="min-w-0 flex-1">
              <TextInput
                value={row.value}
                maxLength={256}
                onChange={(e) => setRow(index, { ...row, value: e.target.value })}
              />
            </Field>
            <Button
              variant="text"
              onClick={() => {
                focusNext.current = 'add'
                onChange({ ...choices, tags: choices.tags.filter((_, i) => i !== index) })
              }}
            >
              Remove tag {index + 1}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        ref={addButton}
        onClick={() => {
          focusNext.current = 'new row'
          onChange({ ...choices, tags: [...choices.tags, { key: '', value: '' }] })
        }}
      >
        Add a tag
      </Button>
    </div>
  )
}
