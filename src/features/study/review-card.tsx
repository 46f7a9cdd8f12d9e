import { Link } from 'wouter'
import { paths } from '@/routes/paths.ts'
import { formatUpdatedDate } from '@/components/format-updated-date.ts'
import { InlineView, RichTextView } from '@/components/rich-text-view.tsx'
import { useFirstCardMark } from '@/components/use-first-card-mark.ts'
import type { CardSummary } from '@/core/deck/split-deck.ts'
import { useEffect } from 'react'
import { getTopic, loadDeckDetails, useCardDetails } from '@/stores/deck-store.ts'
import { studyStore } from '@/stores/study.ts'
import { preloadLaterParts } from './later-parts.ts'

/** The card under review: its question, and once revealed its answer and what changed at AWS. */
export function ReviewCard({ card, revealed }: { card: CardSummary; revealed: boolean }) {
  const details = useCardDetails(card.id)
  useFirstCardMark(true)
  // The answer is needed only on reveal: fetch the answers once the question is on screen.
  useEffect(() => {
    void loadDeckDetails()
    void studyStore.prepareAnswering()
    preloadLaterParts()
  }, [])
  return (
    <article
      aria-labelledby="review-question"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-7 dark:border-slate-800 dark:bg-slate-900"
    >
      <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">
        {getTopic(card.topic)?.title}
      </p>
      <h2 id="review-question" className="sr-only">
        Question
      </h2>
      <RichTextView text={card.front} className="text-xl font-medium" />
      {revealed && (
        <section
          aria-labelledby="review-answer"
          className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800"
        >
          <h2 id="review-answer" className="sr-only">
            Answer
          </h2>
          {details ? (
            <>
              <RichTextView text={details.back} />
              {details.updated && (
                <p className="mt-4 rounded-md border-l-4 border-sky-500 bg-sky-50 p-3 text-sm dark:bg-sky-500/10">
                  <strong>Changed at AWS ({formatUpdatedDate(details.updated.date)}):</strong>{' '}
                  <InlineView inlines={details.updated.text} />
                </p>
              )}
              <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Link
                  href={paths.browse.card(card.id)}
                  className="text-amber-700 underline dark:text-amber-400"
                >
                  Card details and sources
                </Link>
                {card.sandboxScenario && (
                  <Link
                    href={paths.sandbox.scenario(card.sandboxScenario)}
                    className="text-amber-700 underline dark:text-amber-400"
                  >
                    Try it in the sandbox
                  </Link>
                )}
              </p>
            </>
          ) : (
            <p role="status">Loading the answer…</p>
          )}
        </section>
      )}
    </article>
  )
}
