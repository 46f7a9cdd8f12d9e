import type { AnchorHTMLAttributes, ReactNode } from 'react'
import { Link } from 'wouter'

/** A screen of the app, or a page elsewhere; the deck compiler allows no other links. */
export type LinkHref = `/${string}` | `https://${string}`

/** For hrefs typed as plain strings (card data): true when TextLink can show them. */
export function isLinkHref(href: string): href is LinkHref {
  return (href.startsWith('/') && !href.startsWith('//')) || href.startsWith('https://')
}

/** The one link colour, light and dark (the contrast test reads it): the brand amber, underlined. */
export const LINK_CLASSES =
  'text-amber-700 underline underline-offset-2 hover:text-amber-800 dark:text-amber-400 dark:hover:text-amber-300'

/**
 * A link in text. A path goes through the router (no reload); an https link opens in a new tab,
 * without giving that page a handle on this one (`noopener noreferrer`), and says so to screen
 * readers, since a new tab breaks the Back button.
 * @see https://www.w3.org/WAI/WCAG22/Techniques/general/G201
 */
export function TextLink({
  href,
  className = '',
  children,
  ...rest
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'target' | 'rel' | 'className'> & {
  href: LinkHref
  /** Layout and weight only (e.g. `font-medium`); the colour is the kit's. */
  className?: string
  children: ReactNode
}) {
  const classes = `${LINK_CLASSES} ${className}`
  if (href.startsWith('https://')) {
    return (
      <a {...rest} href={href} target="_blank" rel="noopener noreferrer" className={classes}>
        {children}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    )
  }
  return (
    <Link {...rest} href={href} className={classes}>
      {children}
    </Link>
  )
}
