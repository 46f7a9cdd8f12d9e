import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { paths } from '@/routes/paths.ts'

const NAV = [
  { href: paths.study(), label: 'Study' },
  { href: paths.browse.list(), label: 'Cards' },
  { href: paths.stats(), label: 'Stats' },
  { href: paths.sandbox.home(), label: 'Sandbox' },
  { href: paths.settings.page(), label: 'Backup' },
] as const

/** The frame around every screen: skip link, header with navigation, and the main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 sm:gap-6">
          <Link
            href={paths.study()}
            className="flex shrink-0 items-center gap-2 text-lg font-bold tracking-tight"
          >
            <img src="/icon.svg" alt="" width="28" height="28" />
            <span className="sr-only sm:not-sr-only">KeyDeck</span>
          </Link>
          {/* On the narrowest phones the links scroll sideways instead of widening the page. */}
          <nav aria-label="Main" className="min-w-0 overflow-x-auto">
            <ul className="flex gap-0.5 sm:gap-1">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className={(active: boolean) =>
                      `block rounded-md px-1.5 py-1.5 text-sm font-medium whitespace-nowrap sm:px-3 ${active ? 'bg-amber-100 text-amber-900 dark:bg-amber-500/20 dark:text-amber-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`
                    }
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  )
}
