import { useId, type ComponentProps, type ReactNode } from 'react'
import { ERROR_CLASSES, HINT_CLASSES } from './field.tsx'

/**
 * A checkbox with its label beside it (after the box, as platforms draw them), and an optional
 * hint and error wired as a Field wires them: the label names it, hint and error describe it.
 */
export function Checkbox({
  label,
  hint,
  error,
  className = '',
  ...props
}: Omit<ComponentProps<'input'>, 'type' | 'className'> & {
  label: ReactNode
  hint?: ReactNode
  error?: ReactNode
  /** Layout only. */
  className?: string
}) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium">
        <input
          {...props}
          id={id}
          type="checkbox"
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          aria-errormessage={errorId}
          className="size-4 shrink-0 accent-amber-600"
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className={HINT_CLASSES}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={ERROR_CLASSES}>
          {error}
        </p>
      )}
    </div>
  )
}
