import { useRef, useState } from 'react'
import {
  deleteAllStudyData,
  exportBackup,
  exportReviewCsv,
  importBackup,
} from '@/stores/study-data-actions.ts'
import { useStudyStore } from '@/stores/study.ts'
import { downloadFile } from './download-file.ts'

type Message = { kind: 'ok' | 'error'; text: string } | undefined

const button =
  'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800'

/** Export and import of everything; the review history as CSV; starting over. */
export function BackupSection() {
  const [message, setMessage] = useState<Message>()
  const fileInput = useRef<HTMLInputElement>(null)
  const lastExportAt = useStudyStore((s) => s.lastExportAt)
  const reviews = useStudyStore((s) => s.logs.length)

  const onImport = async (file: File) => {
    const text = await file.text()
    if (
      !window.confirm(
        `Replace all your study progress with the backup "${file.name}"? Your current progress will be overwritten.`,
      )
    )
      return
    const result = await importBackup(text)
    setMessage(
      result.ok
        ? {
            kind: 'ok',
            text: `Backup imported: ${result.reviews} reviews of ${result.cards} cards.`,
          }
        : { kind: 'error', text: `${result.message} Your data was not changed.` },
    )
  }

  return (
    <section
      id="backup"
      aria-labelledby="backup-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="backup-heading" className="text-lg font-semibold">
        Backup
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Your progress ({reviews} reviews) is stored only in this browser.{' '}
        {lastExportAt
          ? `Last backup: ${new Date(lastExportAt).toLocaleString()}.`
          : 'You have not made a backup yet.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => void exportBackup().then(downloadFile)}
        >
          Export backup (JSON)
        </button>
        <button
          type="button"
          className={button}
          onClick={() => void exportReviewCsv().then(downloadFile)}
        >
          Export review history (CSV)
        </button>
        <button type="button" className={button} onClick={() => fileInput.current?.click()}>
          Import backup…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Backup file to import"
          className="sr-only"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void onImport(file)
          }}
        />
      </div>
      <div aria-live="polite">
        {message && (
          <p
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={`rounded-md p-3 text-sm ${message.kind === 'ok' ? 'bg-emerald-50 text-emerald-900 dark:bg-emerald-500/10 dark:text-emerald-100' : 'bg-red-50 text-red-900 dark:bg-red-500/10 dark:text-red-100'}`}
          >
            {message.text}
          </p>
        )}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600 dark:text-slate-400">Start over</summary>
        <button
          type="button"
          className="mt-2 rounded-md border border-red-400 px-3 py-2 font-medium text-red-800 hover:bg-red-50 dark:text-red-200 dark:hover:bg-red-500/10"
          onClick={() => {
            if (
              !window.confirm(
                'Delete all your study progress in this browser? Export a backup first if you may want it back.',
              )
            )
              return
            void deleteAllStudyData().then(() =>
              setMessage({ kind: 'ok', text: 'All study progress was deleted.' }),
            )
          }}
        >
          Delete all study progress
        </button>
      </details>
    </section>
  )
}
