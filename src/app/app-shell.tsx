import { lazy, Suspense, type ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { NavLink, SkipLink } from '@/components/ui/nav-link.tsx'
import { isPresenterPath, paths } from '@/routes/paths.ts'
import { useAppInstall } from '@/stores/app-install.ts'
import { isDemoProfile } from '@/stores/storage/profile.ts'
import { UpdatePrompt } from './update-prompt.tsx'

const DemoProfileBadge = lazy(() => import('./demo-profile-badge.tsx'))

const NAV = [
  { href: paths.study(), label: 'Study' },
  { href: paths.browse.list(), label: 'Cards' },
  { href: paths.stats(), label: 'Stats' },
  { href: paths.sandbox.home(), label: 'Sandbox' },
  { href: paths.settings.page(), label: 'Backup' },
] as const

/**
 * The frame around every screen: skip link, header with navigation, and the main landmark. In
 * presenter mode the screen has the whole window: no header, and no update prompt (a room sees
 * no personal notices); the presenter screen draws its own frame.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation()
  const promptWanted = useAppInstall((s) => s.updateReady || s.replacedElsewhere)
  if (isPresenterPath(location)) return <main id="main">{children}</main>
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink href="#main">Skip to content</SkipLink>
      {/* kit-exception: the app's frame, drawn once here: the header bar above every screen */}
      <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 sm:gap-6">
          {/* kit-exception: the logo is the link home, drawn as the app's name, not as a text link */}
          <Link
            href={paths.study()}
            className="flex shrink-0 items-center gap-2 text-lg font-bold tracking-tight"
          >
            <img src={`${import.meta.env.BASE_URL}icon.svg`} alt="" width="28" height="28" />
            <span className="sr-only sm:not-sr-only">KeyDeck</span>
          </Link>
          {/* On the narrowest phones the links scroll sideways instead of widening the page. */}
          <nav aria-label="Main" className="min-w-0 overflow-x-auto">
            <ul className="flex gap-0.5 sm:gap-1">
              {NAV.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {isDemoProfile() && (
            <Suspense fallback={null}>
              <DemoProfileBadge />
            </Suspense>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <div className="mb-4 empty:hidden">{promptWanted && <UpdatePrompt />}</div>
        {children}
      </main>
    </div>
  )
}
