import { useId, type ReactNode } from 'react'
import { PANEL_SURFACE } from './colours.ts'

/**
 * A titled part of a screen: a `<section>` landmark named by its heading, so screen reader users
 * can list and jump between panels. The heading level follows the page's headings: 2 under the
 * screen's h1, 3 for a panel inside a panel.
 */
export function Panel({
  title,
  headingLevel = 2,
  id,
  className = '',
  children,
}: {
  title: ReactNode
  headingLevel?: 2 | 3 | 4
  /** For links to the panel, e.g. `/settings#backup`. */
  id?: string
  /** Layout only, e.g. `lg:col-span-2`. */
  className?: string
  children: ReactNode
}) {
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`min-w-0 space-y-3 p-4 sm:p-5 ${PANEL_SURFACE} ${className}`}
    >
      <Heading
        id={headingId}
        className={headingLevel === 2 ? 'text-lg font-semibold' : 'text-base font-semibold'}
      >
        {title}
      </Heading>
      {children}
    </section>
  )
}
