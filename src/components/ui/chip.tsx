import type { ReactNode } from 'react'
import { Link } from 'wouter'

/** A chip's shape and colours, light and dark, off and on (the contrast test reads them). */
export const CHIP_CLASSES =
  'inline-block rounded-full border border-slate-500 px-2.5 py-0.5 text-sm text-slate-800 hover:bg-slate-100 motion-safe:transition-colors aria-pressed:border-amber-600 aria-pressed:bg-amber-100 aria-pressed:text-amber-950 dark:border-slate-500 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-500/20 dark:aria-pressed:text-amber-100'

/**
 * A filter that is on or off, such as a tag in the card browser: a toggle button
 * (`aria-pressed`), so a screen reader says "pressed"; on screen the chip turns amber and shows a
 * tick, so the state does not rest on colour alone (WCAG 1.4.1).
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/button/
 */
export function ToggleChip({
  pressed,
  onPressedChange,
  children,
}: {
  pressed: boolean
  onPressedChange: (pressed: boolean) => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => onPressedChange(!pressed)}
      className={CHIP_CLASSES}
    >
      {pressed && <span aria-hidden="true">✓ </span>}
      {children}
    </button>
  )
}

/** A chip that goes somewhere: a card's tag, which lists every card with that tag. */
export function ChipLink({ href, children }: { href: `/${string}`; children: ReactNode }) {
  return (
    <Link href={href} className={CHIP_CLASSES}>
      {children}
    </Link>
  )
}
