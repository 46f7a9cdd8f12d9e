import { Suspense, useState } from 'react'
import { retryableLazy } from '@/components/retryable-lazy.ts'
import { Disclosure } from '@/components/ui/disclosure.tsx'

// The examples load when the help is first opened (or once the list is on screen), so the
// card browser's first list stays within the page-weight budget (e2e/page-weight.spec.ts).
const SearchExamples = retryableLazy<Record<string, never>>(() =>
  import('./search-examples.tsx').then((m) => ({ default: m.SearchExamples })),
)

/** Starts loading the help's examples ahead of the first open. */
export const preloadSearchHelp = () => SearchExamples.preload()

/** Anki's search syntax in short, folded under the search field. */
export function SearchHelp({ id }: { id: string }) {
  const [opened, setOpened] = useState(false)
  return (
    <Disclosure summary="Search help" id={id} onToggle={(open) => open && setOpened(true)}>
      {opened && (
        <Suspense fallback={<p role="status">Loading the search help…</p>}>
          <SearchExamples />
        </Suspense>
      )}
    </Disclosure>
  )
}
