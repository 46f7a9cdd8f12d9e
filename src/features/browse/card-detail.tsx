import { Suspense } from 'react'
import { Link } from 'wouter'
import type { CardDetails, CardSummary } from '@/core/deck/split-deck.ts'
import { SANDBOX_SCENARIOS } from '@/core/deck/index.ts'
import { paths } from '@/routes/paths.ts'
import { ErrorBoundary } from '@/components/error-boundary.tsx'
import { retryableLazy, retryFailedLoads } from '@/components/retryable-lazy.ts'
import { InlineView, RichTextView } from '@/components/rich-text-view.tsx'
import { getTopic } from '@/stores/deck-store.ts'
import { formatUpdatedDate } from '@/components/format-updated-date.ts'

// The learner's review history needs the study data: load it only when a card is opened.
const CardHistory = retryableLazy<{ cardId: string }>(() =>
  import('./card-history.tsx').then((m) => ({ default: m.CardHistory })),
)

/** One card, whole: question, answer, what changed at AWS, the pages it was checked against. */
export function CardDetail({
  card,
  details,
}: {
  card: CardSummary
  details: CardDetails | undefined
}) {
  const scenario = card.sandboxScenario
  return (
    <article
      aria-labelledby="card-question"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {getTopic(card.topic)?.title}
        <span aria-hidden="true"> · </span>
        <span className="font-mono text-xs">{card.id}</span>
      </p>
      <section>
        <h2
          id="card-question"
          className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
        >
          Question
        </h2>
        <RichTextView text={card.front} className="text-lg font-medium" />
      </section>
      <section>
        <h2 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
          Answer
        </h2>
        {details ? <RichTextView text={details.back} /> : <p role="status">Loading the answer…</p>}
      </section>
      {details?.updated && (
        <aside
          aria-labelledby="card-updated"
          className="rounded-md border-l-4 border-sky-500 bg-sky-50 p-3 text-sm dark:bg-sky-500/10"
        >
          <h2 id="card-updated" className="font-semibold">
            Changed at AWS · {formatUpdatedDate(details.updated.date)}
          </h2>
          <p className="mt-1">
            <InlineView inlines={details.updated.text} />
          </p>
        </aside>
      )}
      {card.tags.length > 0 && (
        <section aria-label="Tags">
          <ul className="flex flex-wrap gap-1.5">
            {card.tags.map((tag) => (
              <li key={tag}>
                <Link
                  href={paths.browse.tag(tag)}
                  className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:hover:bg-slate-700"
                >
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {details && details.sources.length > 0 && (
        <section>
          <h2 className="mb-1 text-sm font-semibold">Sources</h2>
          <ul className="space-y-1 text-sm">
            {details.sources.map((url) => (
              <li key={url} className="break-all">
                <a
                  href={url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-amber-700 underline dark:text-amber-400"
                >
                  {url.replace(/^https:\/\//, '')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {scenario && (
        <Link
          href={paths.sandbox.scenario(scenario)}
          className="inline-flex items-center gap-1 rounded-md bg-amber-500 px-3 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-400"
        >
          Try it in the sandbox: {SANDBOX_SCENARIOS[scenario]} <span aria-hidden="true">→</span>
        </Link>
      )}
      {/* Offline, the card stays readable when its review history cannot load. */}
      <ErrorBoundary
        resetKey={card.id}
        onRetry={retryFailedLoads}
        fallback={(_error, retry) => (
          <p role="alert" className="text-sm">
            Your reviews of this card could not be loaded.{' '}
            <button type="button" onClick={retry} className="font-medium underline">
              Retry
            </button>
          </p>
        )}
      >
        <Suspense fallback={<p role="status">Loading your reviews…</p>}>
          <CardHistory cardId={card.id} />
        </Suspense>
      </ErrorBoundary>
    </article>
  )
}
