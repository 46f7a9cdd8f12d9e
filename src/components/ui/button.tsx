import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'text'
export type ButtonSize = 'md' | 'lg'

/**
 * The colours of each variant, light and dark (the contrast test reads them from here).
 * Primary is the brand amber, the colour of the active tab and of links: one per form or screen,
 * for the action the learner came for. Secondary is every other action. Danger is for what
 * cannot be undone. Text is an action inside a sentence or a row of small commands (Undo, Clear
 * filters): it looks like a link, and it is a button because it acts instead of going somewhere.
 */
export const BUTTON_VARIANTS: Readonly<Record<ButtonVariant, string>> = {
  primary: 'border border-transparent bg-amber-500 text-slate-950 hover:bg-amber-400',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  danger: 'border border-transparent bg-red-700 text-white hover:bg-red-800',
  text: 'text-amber-700 underline underline-offset-2 hover:text-amber-800 dark:text-amber-400 dark:hover:text-amber-300',
}

const SIZES: Readonly<Record<ButtonSize, string>> = {
  md: 'rounded-md px-3 py-2 text-sm',
  lg: 'rounded-lg px-4 py-3 text-base',
}

/**
 * The classes of a button, for the rare link that must look like one (a call to action that
 * goes to another screen). `className` is for layout only: width, margins, grid placement.
 */
export function buttonClassName(
  variant: ButtonVariant = 'secondary',
  size: ButtonSize = 'md',
  className = '',
): string {
  const shape = variant === 'text' ? 'font-medium' : `font-semibold ${SIZES[size]}`
  // A label longer than the line (an AWS operation name such as
  // GenerateDataKeyPairWithoutPlaintext is 300 px) breaks inside the button instead of widening
  // the page past 320 px (WCAG 1.4.10 Reflow; e2e/narrow-screens.spec.ts).
  return `inline-flex max-w-full items-center [overflow-wrap:anywhere] justify-center gap-2 motion-safe:transition-colors disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-progress ${shape} ${BUTTON_VARIANTS[variant]} ${className}`
}

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'type'> & {
  variant?: ButtonVariant
  size?: ButtonSize
  /** `button` unless said otherwise, so a button in a form never submits it by accident. */
  type?: 'button' | 'submit' | 'reset'
  /**
   * Work is under way: the button ignores clicks and shows a spinner but keeps its focus (a
   * disabled button would drop it). Say what happened in a status message when it is done.
   */
  busy?: boolean
  /** Layout only (width, margins); the look comes from `variant` and `size`. */
  className?: string
  ref?: Ref<HTMLButtonElement>
}

/** Every button of the app: one look per purpose, in both colour schemes. */
export function Button({
  variant = 'secondary',
  size = 'md',
  type = 'button',
  busy = false,
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault() // also keeps a submit button from submitting again
      return
    }
    onClick?.(event)
  }
  return (
    <button
      type={type}
      {...rest}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={click}
      className={buttonClassName(variant, size, className)}
    >
      {busy && (
        <span
          aria-hidden="true"
          className="size-3.5 shrink-0 rounded-full border-2 border-current border-r-transparent motion-safe:animate-spin"
        />
      )}
      {children}
    </button>
  )
}
