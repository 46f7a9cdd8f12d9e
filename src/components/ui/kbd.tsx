import type { ReactNode } from 'react'

/**
 * A key to press, e.g. `/` or `Space`, drawn as a key cap. A `hint` (a key beside the control it
 * works) is hidden on devices with no keyboard-and-mouse pointer, where it means nothing.
 */
export function Kbd({ children, hint = false }: { children: ReactNode; hint?: boolean }) {
  return (
    <kbd
      className={`rounded border border-slate-400 px-1 font-mono text-xs dark:border-slate-500 ${hint ? 'touch-only:hidden' : ''}`}
    >
      {children}
    </kbd>
  )
}
