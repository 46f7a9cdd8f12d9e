import { useEffect, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { paths } from '@/routes/paths.ts'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import type { Grade } from '@/core/srs/first-screen.ts'
import { getCardSummary } from '@/stores/deck-store.ts'
import { startStudy } from '@/stores/study-connection.ts'
import {
  buryCurrent,
  dismissNotice,
  endCustomStudy,
  grade,
  reveal,
  suspendCurrent,
  undo,
  useStudyStore,
} from '@/stores/study-store.ts'
import { AnswerButtons } from './answer-buttons.tsx'
import { BackupReminder } from './backup-reminder.tsx'
import { EndScreen } from './end-screen.tsx'
import { FlagPicker } from './flag-picker.tsx'
import { QueueCountsView } from './queue-counts.tsx'
import { ReviewCard } from './review-card.tsx'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { useStudyKeys } from './use-study-keys.ts'

/** The review screen: one card at a time, keyboard first, every answer saved before the next. */
export default function StudyPage() {
  useDocumentTitle('Study')
  useEffect(() => {
    void startStudy()
  }, [])
  const status = useStudyStore((s) => s.status)
  const error = useStudyStore((s) => s.error)
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
      reveal,
      grade: (g: Grade) => void grade(g),
      undo: () => void undo(),
      bury: () => void buryCurrent(),
      suspend: () => void suspendCurrent(),
      toggleHelp: () => setHelp((h) => !h),
    }),
    [revealed],
  )
  useStudyKeys(actions, status === 'ready' && !help)

  if (status === 'loading') return <p role="status">Loading your progress…</p>
  if (status === 'failed') {
    return (
      <p
        role="alert"
        className="rounded-md bg-red-50 p-4 text-red-900 dark:bg-red-500/10 dark:text-red-200"
      >
        Your study progress could not be opened ({error}). Nothing was changed. Reload the page to
        try again.
      </p>
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
          <button type="button" onClick={endCustomStudy} className="font-medium underline">
            Back to today's cards
          </button>
        </p>
      )}
      <div aria-live="polite" className="min-h-0">
        {notice && (
          <p className="flex items-center justify-between gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
            {notice}
            <button
              type="button"
              onClick={dismissNotice}
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
            <AnswerButtons preview={preview} onGrade={actions.grade} />
          ) : (
            <button
              type="button"
              onClick={() => void reveal()}
              aria-keyshortcuts="Space Enter"
              className="w-full rounded-lg bg-slate-900 py-3 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
            >
              Show answer <kbd className="ml-1 text-xs opacity-80">Space</kbd>
            </button>
          )}
        </>
      ) : (
        queue && <EndScreen queue={queue} nextDue={nextDue} inCustomStudy={custom !== undefined} />
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
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  )
}
