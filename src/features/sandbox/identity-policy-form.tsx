import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { TextArea, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import type { PrincipalRecord } from '@/core/kms/index.ts'
import { putIdentityPolicy } from '@/stores/sandbox-identities.ts'
import type { AwsErrorView } from '@/stores/sandbox-store.ts'
import { describeLocation } from './policy-error-location.ts'

const EXAMPLE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "kms:Encrypt",
      "Resource": "*"
    }
  ]
}`

/**
 * Attaches an inline identity policy to a user or role (PutUserPolicy / PutRolePolicy), checked
 * as IAM checks it; IAM's error is shown under the document, with the line it points at.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html
 */
export function IdentityPolicyForm({ principal }: { principal: PrincipalRecord }) {
  const [name, setName] = useState('')
  const [document, setDocument] = useState(EXAMPLE)
  const [error, setError] = useState<AwsErrorView>()

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await putIdentityPolicy(principal.arn, name, document)
    setError(result.ok ? undefined : result.error)
    if (result.ok) setName('')
  }
  const nameError = error?.name === 'ValidationError' ? error : undefined
  const documentError = error && error.name !== 'ValidationError' ? error : undefined

  return (
    <form
      aria-label={`Attach identity policy to ${principal.name}`}
      onSubmit={(event) => void onSubmit(event)}
      className="space-y-3"
    >
      <Field
        label="Policy name"
        error={nameError && `${nameError.name}: ${nameError.message}`}
        hint="Letters, digits and + = , . @ _ - (an existing name is replaced)."
      >
        <TextInput value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field
        label="Policy document (JSON)"
        error={
          documentError &&
          `${describeLocation(document, documentError.message)}${documentError.name}: ${documentError.message}`
        }
      >
        <TextArea
          rows={10}
          spellCheck={false}
          className="font-mono"
          value={document}
          onChange={(e) => setDocument(e.target.value)}
        />
      </Field>
      <Button type="submit">Attach policy</Button>
    </form>
  )
}
