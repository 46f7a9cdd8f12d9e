import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { ProgressBar } from '@/components/ui/progress-bar.tsx'
import { downloadFile } from '@/components/download-file.ts'
import { SandboxErrorAlert } from '../sandbox-error-alert.tsx'
import { FileHeaderView } from './file-header-view.tsx'
import { doneText, progressText } from './progress-text.ts'
import type { FileJob } from './use-file-job.ts'

const VERB = { encrypt: 'Encrypting', decrypt: 'Decrypting' } as const
const DONE = { encrypt: 'Encrypted', decrypt: 'Decrypted' } as const

/**
 * The running file (progress, Cancel), its result (a download, offered only once the whole file
 * went through; for decryption, once its final frame authenticated) or the error that stopped it.
 */
export function FileJobView({ job, onCancel }: { job: FileJob; onCancel: () => void }) {
  switch (job.kind) {
    case 'idle':
      return null
    case 'running':
      return (
        <div className="space-y-3">
          <ProgressBar
            label={`${VERB[job.mode]} ${job.fileName}`}
            value={job.progress.bytes}
            max={Math.max(job.progress.total, 1)}
            step={`${VERB[job.mode]} ${job.fileName}: ${progressText(job.progress)}`}
          />
          <Button onClick={onCancel}>Cancel</Button>
          {job.header && <FileHeaderView header={job.header} verified={false} />}
        </div>
      )
    case 'done':
      return (
        <div className="space-y-3">
          <Alert tone="success" title={`${DONE[job.mode]} ${job.fileName}`}>
            <p>
              {doneText(job.blob.size, job.elapsedMs)}
              {job.mode === 'decrypt' && ': every frame authenticated'}.
            </p>
          </Alert>
          <Button
            variant="primary"
            onClick={() => downloadFile({ name: job.outputName, content: job.blob })}
          >
            Download {job.outputName}
          </Button>
          {job.header && <FileHeaderView header={job.header} verified />}
        </div>
      )
    case 'failed':
      return (
        <div className="space-y-3">
          <SandboxErrorAlert error={job.error} />
          <p className="text-sm">
            Nothing from {job.fileName} is offered: only a file that went through completely and,
            when decrypting, authenticated frame by frame, is.
          </p>
          {job.header && <FileHeaderView header={job.header} verified={false} />}
        </div>
      )
    case 'cancelled':
      return (
        <Alert title="Cancelled">
          <p>{job.fileName} was not finished; nothing is kept.</p>
        </Alert>
      )
  }
}
