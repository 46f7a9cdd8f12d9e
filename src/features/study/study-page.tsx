import { useEffect, useMemo, useState } from 'react'
import { paths } from '@/routes/paths.ts'
import { retryableLazy } from '@/components/retryable-lazy.ts'
import type { StorageProblemView } from '@/components/storage-problem-alert.tsx'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { ActionBar } from '@/components/ui/action-bar.tsx'
import { Kbd } from '@/components/ui/kbd.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import type { Grade } from '@/core/srs/first-screen.ts'
import { getCardSummary, loadFrontsOf, useCardFront } from '@/stores/deck-store.ts'
import { appInstallStore } from '@/stores/app-install.ts'
import { startStudy, studyStore, useStudyStore } from '@/stores/study.ts'
import { AnswerButtons, StudyNoticeView } from './answer-side-lazy.ts'
import { FlagPicker } from './flag-picker.tsx'
import { QueueCountsView } from './queue-counts.tsx'
import { ReviewCard } from './review-card.tsx'
import { OnDemand } from './on-demand.tsx'
import { useStudyKeys } from './use-study-keys.ts'
import { useBackupReminder, type BackupReminderDue } from './use-backup-reminder.ts'

// None is needed for the first card: each loads when it is first shown.
const EndScreen = retryableLazy(() => import('./end-screen.tsx'))
const ShortcutsDialog = retryableLazy(() => import('./shortcuts-dialog.tsx'))
const NoteEditor = retryableLazy(() => import('./note-editor.tsx'))
const BackupReminder = retryableLazy<BackupReminderDue>(() =>
  import('./backup-reminder.tsx').then((m) => ({ default: m.BackupReminder })),
)
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
  const backupReminder = useBackupReminder()
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
  const [editingNote, setEditingNote] = useState(false)
  // The card shows once its topic's questions are here; the next few cards' topics load ahead.
  const front = useCardFront(current?.cardId)
  // An update offer waits while a card is under review here (src/app/update-prompt.tsx).
  const reviewing = current !== undefined
  useEffect(() => {
    appInstallStore.setState({ reviewOnScreen: reviewing })
    return () => appInstallStore.setState({ reviewOnScreen: false })
  }, [reviewing])
  useEffect(() => {
    if (queue) void loadFrontsOf(queue.items.slice(0, 4).map((item) => item.cardId))
  }, [queue])

  const actions = useMemo(
    () => ({
      revealed,
      reveal: () => void studyStore.reveal(),
      grade: (g: Grade) => void studyStore.grade(g),
      undo: () => void studyStore.undo(),
      bury: () => void studyStore.editCurrent('bury'),
      suspend: () => void studyStore.editCurrent('suspend'),
      editNote: () => setEditingNote(true),
      toggleHelp: () => setHelp((h) => !h),
    }),
    [revealed],
  )
  // Keys wait for the question: Space must not reveal an answer whose question is not shown.
  useStudyKeys(
    actions,
    status === 'ready' && !help && !editingNote && (current === undefined || front !== undefined),
  )

  if (status === 'loading') return <p role="status">Loading your progress…</p>
  if (status === 'failed' && problem) {
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">Study</h1>
        <OnDemand what="The explanation">
          <StorageProblemAlert problem={problem} />
        </OnDemand>
      </div>
    )
  }
  const card = current ? getCardSummary(current.cardId) : undefined

  return (
    // pb-36: on phones the answer bar is pinned to the bottom; leave room to scroll past it.
    <div className="mx-auto max-w-3xl space-y-4 pb-36 sm:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Study</h1>
        {queue && <QueueCountsView counts={queue.counts} current={current?.kind} />}
      </div>
      {backupReminder && (
        <OnDemand what="The backup reminder">
          <BackupReminder {...backupReminder} />
        </OnDemand>
      )}
      {custom && (
        <Alert>
          <p className="flex flex-wrap items-center justify-between gap-2">
            <span>Custom study: {custom.label}</span>
            <Button variant="text" onClick={studyStore.endCustomStudy}>
              Back to today's cards
            </Button>
          </p>
        </Alert>
      )}
      {notice && (
        <Alert>
          <div className="flex items-center justify-between gap-2">
            <OnDemand what="The message">
              <StudyNoticeView notice={notice} />
            </OnDemand>
            <Button variant="text" onClick={studyStore.dismissNotice} aria-label="Dismiss message">
              OK
            </Button>
          </div>
        </Alert>
      )}
      {card && current && !front ? (
        <p role="status">Loading the question…</p>
      ) : card && current && front ? (
        <>
          <ReviewCard
            key={`${card.id}:${current.shownAt}`}
            card={card}
            front={front}
            revealed={revealed}
            onReveal={actions.reveal}
          />
          <ActionBar label="Review controls">
            {revealed && preview ? (
              <OnDemand what="The answer buttons">
                <AnswerButtons preview={preview} onGrade={actions.grade} cram={queue?.isCram} />
              </OnDemand>
            ) : (
              <Button
                variant="primary"
                size="lg"
                onClick={actions.reveal}
                aria-keyshortcuts="Space Enter"
                className="w-full"
              >
                Show answer <Kbd hint>Space</Kbd>
              </Button>
            )}
          </ActionBar>
        </>
      ) : (
        queue && (
          <OnDemand what="The end of the day's study">
            <EndScreen queue={queue} nextDue={nextDue} inCustomStudy={custom !== undefined} />
          </OnDemand>
        )
      )}
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="flex flex-wrap items-center gap-3">
          <Button
            variant="text"
            onClick={actions.undo}
            disabled={!canUndo}
            aria-keyshortcuts="U Control+Z"
          >
            Undo
          </Button>
          {card && (
            <>
              <Button variant="text" onClick={actions.bury} aria-keyshortcuts="-">
                Bury
              </Button>
              <Button variant="text" onClick={actions.suspend} aria-keyshortcuts="@">
                Suspend
              </Button>
              <Button variant="text" onClick={actions.editNote} aria-keyshortcuts="E">
                Note
              </Button>
              <FlagPicker cardId={card.id} />
            </>
          )}
        </span>
        <span className="flex items-center gap-3">
          <TextLink href={paths.settings.page()}>Backup &amp; settings</TextLink>
          <Button
            variant="text"
            onClick={() => setHelp(true)}
            aria-keyshortcuts="?"
            className="touch-only:hidden"
          >
            Shortcuts <Kbd>?</Kbd>
          </Button>
        </span>
      </div>
      {editingNote && card && (
        <OnDemand what="The note editor">
          <NoteEditor cardId={card.id} onClose={() => setEditingNote(false)} />
        </OnDemand>
      )}
      {help && (
        <OnDemand what="The list of shortcuts">
          <ShortcutsDialog open onClose={() => setHelp(false)} />
        </OnDemand>
      )}
    </div>
  )
}
