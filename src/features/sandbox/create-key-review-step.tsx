import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { sandboxAccountId } from '@/stores/sandbox-key-wizard.ts'
import {
  aliasToCreate,
  createKeyRequest,
  tagsToSend,
  type WizardChoices,
} from './create-key-wizard-model.ts'
import { KEY_TYPES, KEY_USAGES, REVIEW } from './create-key-wizard-texts.ts'
import { WizardExplained } from './wizard-explained.tsx'

/** Step 6: every choice, and the requests exactly as they will be sent. */
export function KeyReviewStep({ choices }: { choices: WizardChoices }) {
  const alias = aliasToCreate(choices)
  const tags = tagsToSend(choices.tags)
  const rows: [string, string][] = [
    ['Key type', KEY_TYPES[choices.keyType].label],
    ['Key usage', KEY_USAGES[choices.keyUsage]?.label ?? choices.keyUsage],
    ['Key spec', choices.keySpec],
    ['Key material origin', choices.origin === 'EXTERNAL' ? 'External (import)' : 'KMS'],
    ['Description', choices.description || 'None'],
    ['Alias', alias ?? 'None'],
    ['Tags', tags.map((t) => `${t.TagKey}=${t.TagValue}`).join(', ') || 'None'],
    [
      'Key policy',
      choices.policy === 'default'
        ? 'The default key policy'
        : `The console’s: ${choices.administrators.length} key administrators, ${choices.users.length} key users`,
    ],
  ]
  return (
    <div className="space-y-4">
      <WizardExplained explained={REVIEW} />
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className={MUTED_TEXT}>{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <CodeBlock
        label="CreateKey request"
        wrap
        json={createKeyRequest(choices, sandboxAccountId())}
      />
      {alias && (
        <CodeBlock
          label="CreateAlias request (sent next)"
          wrap
          json={{ AliasName: alias, TargetKeyId: '<the new key’s id>' }}
        />
      )}
    </div>
  )
}
