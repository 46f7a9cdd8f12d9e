import { useState, type ReactNode } from 'react'
import { Select, TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import type { EncryptionContext } from '@/core/kms/index.ts'
import type { AwsErrorView, SandboxResult } from '@/stores/sandbox-store.ts'
import { parseEncryptionContext } from './encryption-context-text.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

/**
 * An encryption context as a learner types it (`table=orders, env=test`). The same context must
 * come with Decrypt as with Encrypt or GenerateDataKey, or the call fails.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
export function ContextField(props: {
  label?: string
  value: string
  onChange: (text: string) => void
  hint?: ReactNode
}) {
  return (
    <Field
      label={
        <>
          {props.label ?? 'Encryption context'} <span className="font-normal">(optional)</span>
        </>
      }
      hint={props.hint ?? 'key=value pairs, separated by commas.'}
    >
      <TextInput
        value={props.value}
        placeholder="table=orders, env=test"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  )
}

/** Contexts as typed; text that is not a context is refused before any request, as an error. */
export function withContexts<T>(
  texts: readonly string[],
  request: (...contexts: EncryptionContext[]) => Promise<SandboxResult<T>>,
): Promise<SandboxResult<T>> {
  const contexts: EncryptionContext[] = []
  for (const text of texts) {
    const parsed = parseEncryptionContext(text)
    if (!parsed.ok) {
      return Promise.resolve({
        ok: false,
        error: { name: 'Invalid encryption context', message: parsed.message },
      })
    }
    contexts.push(parsed.context)
  }
  return request(...contexts)
}

/** A drop-down of the algorithms (or specs) a key offers; the only one is still shown. */
export function AlgorithmField<A extends string>(props: {
  label: string
  options: readonly A[]
  value: A
  onChange: (value: A) => void
  hint?: ReactNode
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      <Select value={props.value} onChange={(e) => props.onChange(e.target.value as A)}>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  )
}

/**
 * The last error of a panel's actions. Each request bumps the attempt, which remounts the alert,
 * so the same error twice is announced twice.
 */
export function useActionError() {
  const [state, setState] = useState<{ error?: AwsErrorView; attempt: number }>({ attempt: 0 })
  /** Records a result's error (or its absence) and returns its value when it succeeded. */
  const settle = <T,>(result: SandboxResult<T>): { value: T } | undefined => {
    setState((s) => ({ attempt: s.attempt + 1, ...(!result.ok && { error: result.error }) }))
    return result.ok ? { value: result.value } : undefined
  }
  const alert = state.error && <SandboxErrorAlert key={state.attempt} error={state.error} />
  return { settle, alert }
}
