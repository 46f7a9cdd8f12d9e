import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import { TextArea } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { getKeyPolicy, putKeyPolicy } from '@/stores/sandbox-key-policy.ts'
import { useSandboxStore, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { describeLocation } from './policy-error-location.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/** Errors about the document itself, shown under the editor with the line they point at. */
const DOCUMENT_ERRORS = ['MalformedPolicyDocumentException', 'LimitExceededException']

/**
 * The key policy (GetKeyPolicy) in an editor, saved with PutKeyPolicy, which checks it as AWS
 * does: grammar, principals, size, and the lockout safety check. The key policy is the first
 * word on who may use the key; a statement for the account root delegates to IAM policies.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 */
export function KeyPolicyPanel({ metadata: key }: { metadata: KeyMetadata }) {
  const caller = useSandboxStore((s) => s.caller)
  const callerName = useSandboxStore((s) => {
    const principal = s.principals.find((p) => p.arn === s.caller)
    return principal
      ? `${principal.kind === 'user' ? 'user' : 'role'} ${principal.name}`
      : undefined
  })
  const [text, setText] = useState<string>()
  const [error, setError] = useState<AwsErrorView>()
  const [checked, setChecked] = useState<string>()
  const [saved, setSaved] = useState(0)

  const load = useCallback(
    () =>
      getKeyPolicy(key.KeyId).then((result) => {
        setText(result.ok ? result.value : undefined)
        setError(result.ok ? undefined : result.error)
      }),
    [key.KeyId],
  )
  // Read again when the caller changes: whether the policy may be read depends on who asks.
  useEffect(() => {
    void load()
  }, [load, caller])

  const onSave = async (event: FormEvent) => {
    event.preventDefault()
    if (text === undefined) return
    const result = await putKeyPolicy(key.KeyId, text)
    setChecked(text)
    setError(result.ok ? undefined : result.error)
    if (result.ok) setSaved((n) => n + 1)
    else setSaved(0)
  }

  const documentError = error && DOCUMENT_ERRORS.includes(error.name) ? error : undefined
  const otherError = error && !documentError ? error : undefined
  const aws = key.KeyManager === 'AWS'

  return (
    <Panel title="Key policy">
      <p className={`text-sm ${MUTED_TEXT}`}>
        Calling as {callerName ?? 'the account root'}: every action on this page is made as this
        identity (choose another in Identities and policies, on the{' '}
        <TextLink href={paths.sandbox.home()}>sandbox’s home</TextLink>).
      </p>
      {text !== undefined && (
        <form
          aria-label="Key policy"
          onSubmit={(event) => void onSave(event)}
          className="space-y-3"
        >
          <Field
            label="Key policy document (JSON)"
            hint={
              aws
                ? 'AWS manages this key’s policy: it can be read, not changed.'
                : 'Saved with PutKeyPolicy, which checks it as AWS does. A statement whose Principal is the account root delegates to IAM: identity policies then count too.'
            }
            error={
              documentError &&
              `${describeLocation(checked ?? text, documentError.message)}${documentError.name}: ${documentError.message}`
            }
          >
            <TextArea
              rows={18}
              spellCheck={false}
              readOnly={aws}
              className="font-mono"
              value={text}
              onChange={(e) => {
                setText(e.target.value)
                setSaved(0)
              }}
            />
          </Field>
          {!aws && <Button type="submit">Save key policy</Button>}
        </form>
      )}
      {saved > 0 && (
        <Alert key={saved} tone="success">
          <p>Key policy saved.</p>
        </Alert>
      )}
      {otherError && <SandboxErrorAlert error={otherError} />}
    </Panel>
  )
}
