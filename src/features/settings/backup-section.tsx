import { useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { useChoice } from '@/components/ui/choice-dialog.tsx'
import { useConfirm } from '@/components/ui/confirm-dialog.tsx'
import { FileButton } from '@/components/ui/file-button.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import {
  deleteAllStudyData,
  exportBackup,
  exportReviewCsv,
  mergeBackup,
  readBackupFile,
  restoreBackup,
} from '@/stores/study-data-actions.ts'
import { useStudyStore } from '@/stores/study.ts'
import { downloadFile } from '@/components/download-file.ts'

type Message = { kind: 'ok' | 'error'; text: string } | undefined

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Export and import of everything; the review history as CSV; starting over. */
export function BackupSection() {
  const [message, setMessage] = useState<Message>()
  // Each outcome remounts its message, so the same message twice is announced twice.
  const [attempt, setAttempt] = useState(0)
  const [confirm, confirmDialog] = useConfirm()
  const [choose, choiceDialog] = useChoice()
  const lastExportAt = useStudyStore((s) => s.lastExportAt)
  const reviews = useStudyStore((s) => s.reviewCount)

  const say = (next: Message) => {
    setAttempt((n) => n + 1)
    setMessage(next)
  }

  // Read and check the whole file first; ask to replace progress only with one that can be used.
  const onImport = async (file: File) => {
    const read = readBackupFile(await file.text())
    if (!read.ok) {
      say({ kind: 'error', text: `“${file.name}”: ${read.message} Your data was not changed.` })
      return
    }
    const contents =
      `${plural(read.reviews, 'review')} of ${plural(read.cards, 'card')}` +
      (read.notes > 0 ? ` and ${plural(read.notes, 'note')}` : '')
    const choice = await choose({
      title: 'Import this backup?',
      message: (
        <>
          <p>
            “{file.name}” is a {read.demo ? 'demo profile ' : ''}backup from{' '}
            {formatInstant(read.exportedAt, 'dateTime')} with {contents}. This browser has{' '}
            {plural(reviews, 'review')}.
          </p>
          <p className="mt-2">
            <strong>Replace progress</strong> keeps only the backup&apos;s progress: export a backup
            first if you may want this browser&apos;s back. <strong>Merge with this device</strong>{' '}
            keeps the reviews of both (another device&apos;s progress), and the settings and notes
            saved later.
          </p>
        </>
      ),
      choices: [
        { value: 'replace', label: 'Replace progress', variant: 'danger' },
        { value: 'merge', label: 'Merge with this device', variant: 'primary' },
      ],
    })
    if (choice === 'replace') {
      const result = await restoreBackup(read.backup)
      say(
        result.ok
          ? { kind: 'ok', text: `Backup imported: ${contents}.` }
          : { kind: 'error', text: `${result.message} Your data was not changed.` },
      )
    } else if (choice === 'merge') {
      const result = await mergeBackup(read.backup)
      say(
        result.ok
          ? {
              kind: 'ok',
              text:
                `Backup merged: ${plural(result.added, 'review')} added, ` +
                `${plural(result.reviews, 'review')} in all.`,
            }
          : { kind: 'error', text: `${result.message} Your data was not changed.` },
      )
    }
  }

  const onDelete = async () => {
    const erase = await confirm({
      title: 'Delete all study progress?',
      message:
        'Delete all your study progress in this browser? Export a backup first if you may want it back.',
      confirmLabel: 'Delete progress',
      tone: 'danger',
    })
    if (!erase) return
    await deleteAllStudyData()
    say({ kind: 'ok', text: 'All study progress was deleted.' })
  }

  return (
    <Panel title="Backup" id="backup">
      <p className={`text-sm ${MUTED_TEXT}`}>
        Your progress ({reviews} reviews) is stored only in this browser.{' '}
        {lastExportAt
          ? `Last backup: ${formatInstant(lastExportAt, 'dateTime')}.`
          : 'You have not made a backup yet.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() =>
            void exportBackup().then(({ name, type, text }) =>
              downloadFile({ name, type, content: text }),
            )
          }
        >
          Export backup (JSON)
        </Button>
        <Button
          onClick={() =>
            void exportReviewCsv().then(({ name, type, text }) =>
              downloadFile({ name, type, content: text }),
            )
          }
        >
          Export review history (CSV)
        </Button>
        <FileButton
          label="Backup file to import"
          accept="application/json,.json"
          onFile={(file) => void onImport(file)}
        >
          Import backup…
        </FileButton>
      </div>
      {message && (
        <Alert key={attempt} tone={message.kind === 'ok' ? 'success' : 'error'}>
          <p>{message.text}</p>
        </Alert>
      )}
      <details className="text-sm">
        <summary className={`cursor-pointer ${MUTED_TEXT}`}>Start over</summary>
        <Button variant="danger" className="mt-2" onClick={() => void onDelete()}>
          Delete all study progress
        </Button>
      </details>
      {confirmDialog}
      {choiceDialog}
    </Panel>
  )
}
