import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'

/** A navigation tab, light and dark, at rest and when it is the screen shown (contrast-tested). */
export const NAV_LINK_CLASSES =
  'block rounded-md px-1.5 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-amber-100 aria-[current=page]:text-amber-900 sm:px-3 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-amber-500/20 dark:aria-[current=page]:text-amber-200'

/**
 * A link of the main navigation. The tab of the screen shown is amber, the brand colour, and
 * says so to screen readers (`aria-current="page"`), so the colour is not the only sign.
 */
export function NavLink({ href, children }: { href: `/${string}`; children: ReactNode }) {
  const [active] = useRoute(href)
  return (
    <Link href={href} aria-current={active ? 'page' : undefined} className={NAV_LINK_CLASSES}>
      {children}
    </Link>
  )
}

/** The first stop of the Tab order: jumps over the navigation to the screen's content. */
export function SkipLink({ href, children }: { href: `#${string}`; children: ReactNode }) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
    >
      {children}
    </a>
  )
}
