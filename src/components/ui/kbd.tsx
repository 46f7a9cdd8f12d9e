import type { ReactNode } from 'react'

/** A key to press, e.g. `/` or `Space`, drawn as a key cap. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="rounded border border-slate-400 px-1 font-mono text-xs dark:border-slate-500">
      {children}
    </kbd>
  )
}
