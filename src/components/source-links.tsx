import { isLinkHref, TextLink } from './ui/text-link.tsx'

/**
 * A card's sources as a list of links (only https addresses are links: `isLinkHref`). On screen
 * each shows its address without `https://`; `fullUrl` shows it whole, for print, where the text
 * is all a reader has (and print styles then add no second copy: `data-url-shown`).
 */
export function SourceLinks({
  sources,
  fullUrl = false,
  className = '',
}: {
  sources: readonly string[]
  fullUrl?: boolean
  /** The list's type size and spacing. */
  className?: string
}) {
  return (
    <ul className={`space-y-1 ${className}`}>
      {sources.filter(isLinkHref).map((url) => (
        <li key={url} className="break-all">
          {fullUrl ? (
            <TextLink href={url} data-url-shown="">
              {url}
            </TextLink>
          ) : (
            <TextLink href={url}>{url.replace(/^https:\/\//, '')}</TextLink>
          )}
        </li>
      ))}
    </ul>
  )
}
