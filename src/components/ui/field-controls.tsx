import type { ComponentProps } from 'react'
import { useFieldControl } from './field-context.ts'

/**
 * The look of every text box and drop-down, light and dark. The border is slate-500 so the box
 * stands out from the page (3:1, WCAG 1.4.11); an invalid control has a red border too. Text is
 * 16 px on phones, where iOS Safari zooms into a smaller field on focus, and 14 px from `sm` up.
 */
export const CONTROL_CLASSES =
  'rounded-md border border-slate-500 bg-white text-base text-slate-900 sm:text-sm placeholder:text-slate-500 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 dark:placeholder:text-slate-400 dark:aria-invalid:border-red-400'

function controlClassName(compact: boolean | undefined, className = '') {
  return `${CONTROL_CLASSES} ${compact ? 'w-28 shrink-0 px-2 py-1.5' : 'w-full px-3 py-2'} ${className}`
}

interface ControlOptions {
  /** A narrow box for a short value (a number), e.g. in an inline Field. */
  compact?: boolean
}

/**
 * The kit's controls: native elements with the kit's look, wired to the Field around them. The
 * Field's id and descriptions win over props of the same name, so the label always names them.
 */
export function TextInput({
  compact,
  className,
  ...props
}: ComponentProps<'input'> & ControlOptions) {
  return (
    <input {...props} {...useFieldControl()} className={controlClassName(compact, className)} />
  )
}

export function TextArea({
  compact,
  className,
  ...props
}: ComponentProps<'textarea'> & ControlOptions) {
  return (
    <textarea {...props} {...useFieldControl()} className={controlClassName(compact, className)} />
  )
}

/** A native drop-down: its `<option>`s are the children. */
export function Select({
  compact,
  className,
  ...props
}: ComponentProps<'select'> & ControlOptions) {
  return (
    <select {...props} {...useFieldControl()} className={controlClassName(compact, className)} />
  )
}
