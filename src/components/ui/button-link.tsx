import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button.tsx'

/**
 * A link that looks like a button: a call to action that goes to another screen of the app
 * ("Try it in the sandbox"). It is a link, so it opens in a new tab on middle click and a screen
 * reader calls it one; it looks like a button because it is the step the learner came for.
 */
export function ButtonLink({
  href,
  variant = 'secondary',
  size = 'md',
  className,
  children,
}: {
  href: `/${string}`
  variant?: Exclude<ButtonVariant, 'text'>
  size?: ButtonSize
  /** Layout only. */
  className?: string
  children: ReactNode
}) {
  return (
    <Link href={href} className={buttonClassName(variant, size, className)}>
      {children}
    </Link>
  )
}
