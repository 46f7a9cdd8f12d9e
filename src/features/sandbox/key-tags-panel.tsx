import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable } from '@/components/ui/data-table.tsx'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata, Tag } from '@/core/kms/index.ts'
import { listKeyTags, tagKey, untagKey } from '@/stores/sandbox-key-actions.ts'
import type { AwsErrorView, SandboxResult } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/**
 * The key's tags (ListResourceTags), added or changed with TagResource and removed with
 * UntagResource. Tags can also grant access (attribute-based access control), which is why
 * changing them needs its own permission.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html
 */
export function KeyTagsPanel({ metadata: key }: { metadata: KeyMetadata }) {
  const [tags, setTags] = useState<Tag[]>()
  const [tagName, setTagName] = useState('')
  const [tagValue, setTagValue] = useState('')
  const [error, setError] = useState<AwsErrorView>()
  const [attempt, setAttempt] = useState(0)

  const load = useCallback(
    () =>
      listKeyTags(key.KeyId).then((result) => {
        if (result.ok) setTags(result.value)
        else setError(result.error)
      }),
    [key.KeyId],
  )
  useEffect(() => {
    void load()
  }, [load])

  const run = async (request: () => Promise<SandboxResult<void>>) => {
    const result = await request()
    setAttempt((n) => n + 1)
    setError(result.ok ? undefined : result.error)
    await load()
    return result.ok
  }
  const onAdd = async (event: FormEvent) => {
    event.preventDefault()
    if (await run(() => tagKey(key.KeyId, { TagKey: tagName, TagValue: tagValue }))) {
      setTagName('')
      setTagValue('')
    }
  }

  return (
    <Panel title="Tags">
      {tags === undefined ? null : tags.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>This key has no tags.</p>
      ) : (
        <DataTable
          caption="Tags of this key"
          hideCaption
          rows={tags}
          rowKey={(t) => t.TagKey}
          columns={[
            {
              key: 'key',
              header: 'Tag key',
              cell: (t) => <span className="break-all">{t.TagKey}</span>,
            },
            {
              key: 'value',
              header: 'Tag value',
              cell: (t) => <span className="break-all">{t.TagValue}</span>,
            },
            {
              key: 'remove',
              header: 'Remove',
              cell: (t) => (
                <Button
                  variant="text"
                  aria-label={`Remove tag ${t.TagKey}`}
                  onClick={() => void run(() => untagKey(key.KeyId, t.TagKey))}
                >
                  Remove
                </Button>
              ),
            },
          ]}
        />
      )}
      {key.KeyManager === 'CUSTOMER' && (
        <form
          aria-label="Add tag"
          onSubmit={(event) => void onAdd(event)}
          className="flex flex-wrap items-end gap-3"
        >
          <Field label="Tag key" className="min-w-0 flex-1">
            <TextInput value={tagName} onChange={(e) => setTagName(e.target.value)} />
          </Field>
          <Field label="Tag value" className="min-w-0 flex-1">
            <TextInput value={tagValue} onChange={(e) => setTagValue(e.target.value)} />
          </Field>
          <div>
            <Button type="submit">Add tag</Button>
          </div>
        </form>
      )}
      {error && <SandboxErrorAlert key={attempt} error={error} />}
    </Panel>
  )
}
