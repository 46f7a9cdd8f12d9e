import { Suspense, useEffect, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { paths } from '@/routes/paths.ts'
import { retryableLazy } from '@/components/retryable-lazy.ts'
import type { StorageProblemView } from '@/components/storage-problem-alert.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import type { Grade } from '@/core/srs/first-screen.ts'
import { getCardSummary } from '@/stores/deck-store.ts'
import { startStudy, studyStore, useStudyStore } from '@/stores/study.ts'
import { AnswerButtons } from './answer-buttons.tsx'
import { BackupReminder } from './backup-reminder.tsx'
import { FlagPicker } from './flag-picker.tsx'
import { QueueCountsView } from './queue-counts.tsx'
import { ReviewCard } from './review-card.tsx'
import { EndScreen, ShortcutsDialog, StudyNoticeView } from './later-parts.ts'
import { useStudyKeys } from './use-study-keys.ts'

// Only when storage fails: not part of what the first card needs.
const StorageProblemAlert = retryableLazy<{ problem: StorageProblemView }>(() =>
  import('@/components/storage-problem-alert.tsx').then((m) => ({
    default: m.StorageProblemAlert,
  })),
)

/** The review screen: one card at a time, keyboard first, every answer saved before the next. */
export default function StudyPage() {
  useDocumentTitle('Study')
  useEffect(() => {
    void startStudy()
  }, [])
  const status = useStudyStore((s) => s.status)
  const problem = useStudyStore((s) => s.problem)
  const queue = useStudyStore((s) => s.queue)
  const current = useStudyStore((s) => s.current)
  const preview = useStudyStore((s) => s.preview)
  const revealed = useStudyStore((s) => s.revealedAt !== undefined)
  const notice = useStudyStore((s) => s.notice)
  const custom = useStudyStore((s) => s.custom)
  const nextDue = useStudyStore((s) => s.nextDue)
  const canUndo = useStudyStore((s) => s.undoStack.length > 0)
  const [help, setHelp] = useState(false)

  const actions = useMemo(
    () => ({
      revealed,
      reveal: () => void studyStore.reveal(),
      grade: (g: Grade) => void studyStore.grade(g),
      undo: () => void studyStore.undo(),
      bury: () => void studyStore.editCurrent('bury'),
      suspend: () => void studyStore.editCurrent('suspend'),
      toggleHelp: () => setHelp((h) => !h),
    }),
    [revealed],
  )
  useStudyKeys(actions, status === 'ready' && !help)

  if (status === 'loading') return <p role="status">Loading your progress…</p>
  if (status === 'failed' && problem) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">Study</h1>
        <StorageProblemAlert problem={problem} />
      </div>
    )
  }
  const card = current ? getCardSummary(current.cardId) : undefined

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Study</h1>
        {queue && <QueueCountsView counts={queue.counts} current={current?.kind} />}
      </div>
      <BackupReminder />
      {custom && (
        <p className="flex items-center justify-between gap-2 rounded-md bg-violet-50 px-3 py-2 text-sm text-violet-900 dark:bg-violet-500/10 dark:text-violet-100">
          <span>Custom study: {custom.label}</span>
          <button
            type="button"
            onClick={studyStore.endCustomStudy}
            className="font-medium underline"
          >
            Back to today's cards
          </button>
        </p>
      )}
      <div aria-live="polite" className="min-h-0">
        {notice && (
          <p className="flex items-center justify-between gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
            <Suspense fallback={null}>
              <StudyNoticeView notice={notice} />
            </Suspense>
            <button
              type="button"
              onClick={studyStore.dismissNotice}
              className="underline"
              aria-label="Dismiss message"
            >
              OK
            </button>
          </p>
        )}
      </div>
      {card && current ? (
        <>
          <ReviewCard key={`${card.id}:${current.shownAt}`} card={card} revealed={revealed} />
          {revealed && preview ? (
            <AnswerButtons preview={preview} onGrade={actions.grade} cram={queue?.isCram} />
          ) : (
            <button
              type="button"
              onClick={actions.reveal}
              aria-keyshortcuts="Space Enter"
              className="w-full rounded-lg bg-slate-900 py-3 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
            >
              Show answer <kbd className="ml-1 text-xs opacity-80">Space</kbd>
            </button>
          )}
        </>
      ) : (
        queue && (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <EndScreen queue={queue} nextDue={nextDue} inCustomStudy={custom !== undefined} />
          </Suspense>
        )
      )}
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="flex gap-3">
          <button
            type="button"
            onClick={actions.undo}
            disabled={!canUndo}
            className="underline disabled:no-underline disabled:opacity-50"
            aria-keyshortcuts="U Control+Z"
          >
            Undo
          </button>
          {card && (
            <>
              <button
                type="button"
                onClick={actions.bury}
                className="underline"
                aria-keyshortcuts="-"
              >
                Bury
              </button>
              <button
                type="button"
                onClick={actions.suspend}
                className="underline"
                aria-keyshortcuts="@"
              >
                Suspend
              </button>
              <FlagPicker cardId={card.id} />
            </>
          )}
        </span>
        <span className="flex gap-3">
          <Link href={paths.settings.page()} className="underline">
            Backup &amp; settings
          </Link>
          <button
            type="button"
            onClick={() => setHelp(true)}
            className="underline"
            aria-keyshortcuts="?"
          >
            Shortcuts <kbd>?</kbd>
          </button>
        </span>
      </div>
      {help && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
        </Suspense>
      )}
    </div>
  )
}
