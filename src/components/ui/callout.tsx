import { useId, type ReactNode } from 'react'
import { ALERT_TONES, type AlertTone } from './alert.tsx'

/**
 * A note that is part of the content, such as what changed at AWS since older study notes: an
 * `<aside>` named by its heading, in a message tone. Unlike Alert it is no live region, so a
 * screen reader reads it in place instead of announcing it.
 */
export function Callout({
  tone = 'info',
  title,
  headingLevel = 2,
  className = '',
  children,
}: {
  tone?: AlertTone
  title: ReactNode
  /** The level the page's outline needs: 2 inside an article's h2 parts, 3 under a panel. */
  headingLevel?: 2 | 3 | 4
  /** Layout only. */
  className?: string
  children: ReactNode
}) {
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  return (
    <aside
      aria-labelledby={headingId}
      className={`space-y-1 rounded-md border-l-4 p-3 text-sm ${ALERT_TONES[tone]} ${className}`}
    >
      <Heading id={headingId} className="font-semibold">
        {title}
      </Heading>
      {children}
    </aside>
  )
}
