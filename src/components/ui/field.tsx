import { useId, type ReactNode } from 'react'
import { MUTED_TEXT } from './colours.ts'
import { FieldContext, type FieldControlProps } from './field-context.ts'

export { useFieldControl, type FieldControlProps } from './field-context.ts'

/** Hint and error text, light and dark (the contrast test reads them). */
export const HINT_CLASSES = `text-xs ${MUTED_TEXT}`
export const ERROR_CLASSES = 'text-sm font-medium text-red-700 dark:text-red-300'

/**
 * A form field: its label, an optional hint, the control, and the error when there is one. A
 * screen reader hears all three on the control: the label names it, the hint and the error
 * describe it (`aria-describedby`, which every screen reader reads), and the error is also its
 * `aria-errormessage` with `aria-invalid`, for those that announce errors as such.
 * @see https://www.w3.org/WAI/tutorials/forms/notifications/
 */
export function Field({
  label,
  hint,
  error,
  layout = 'stacked',
  className = '',
  children,
}: {
  label: ReactNode
  hint?: ReactNode
  /** Set after a failed check; the field is then invalid. */
  error?: ReactNode
  /** `inline` puts a short control (a number) on the label's line. */
  layout?: 'stacked' | 'inline'
  /** Layout only. */
  className?: string
  /** One control: TextInput, TextArea, Select, or any control that spreads useFieldControl(). */
  children: ReactNode
}) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const control: FieldControlProps = {
    id: `${id}-control`,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-errormessage': errorId,
  }
  const labelElement = (
    <label htmlFor={control.id} className="block text-sm font-medium">
      {label}
    </label>
  )
  const hintElement = hint && (
    <p id={hintId} className={HINT_CLASSES}>
      {hint}
    </p>
  )
  const errorElement = error && (
    <p id={errorId} className={ERROR_CLASSES}>
      {error}
    </p>
  )
  const wired = <FieldContext value={control}>{children}</FieldContext>
  if (layout === 'inline') {
    return (
      <div className={`space-y-1 ${className}`}>
        <div className="flex items-center justify-between gap-2">
          {labelElement}
          {wired}
        </div>
        {hintElement}
        {errorElement}
      </div>
    )
  }
  return (
    <div className={`space-y-1 ${className}`}>
      {labelElement}
      {hintElement}
      {wired}
      {errorElement}
    </div>
  )
}
