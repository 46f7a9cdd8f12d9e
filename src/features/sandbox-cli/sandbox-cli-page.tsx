import { useEffect, useState, type DragEvent } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { paths } from '@/routes/paths.ts'
import { moveSandboxHere, startSandbox } from '@/stores/sandbox-connection.ts'
import { loadCliShell, useSandboxCliStore } from '@/stores/sandbox-cli.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { addFiles } from './add-files.ts'
import { CommandLine } from './command-line.tsx'
import { FolderPanel } from './folder-panel.tsx'
import { Transcript } from './transcript.tsx'

/**
 * The AWS CLI in the browser: `aws kms …` typed against the sandbox account (the same keys as
 * the console), printing what AWS CLI v2 prints, errors and exit codes included (issue 13).
 */
export default function SandboxCliPage() {
  useDocumentTitle('Sandbox: AWS CLI')
  useEffect(() => {
    void startSandbox()
  }, [])
  const status = useSandboxStore((s) => s.status)
  useEffect(() => {
    if (status === 'ready') void loadCliShell()
  }, [status])
  const failure = useSandboxStore((s) => s.failure)
  // The prompt waits for the history and the folder, so the arrows and `ls` see them at once.
  const shellLoaded = useSandboxCliStore((s) => s.shellLoaded)
  const unsaved = useSandboxCliStore((s) => s.unsaved)
  // One tab writes the folder: the one that runs the sandbox (another tab would keep a stale copy).
  const shellReady = status === 'ready' && shellLoaded
  const [folderMessage, setFolderMessage] = useState('')

  // Files dropped anywhere on the panel go into the folder (the upload button does the same).
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')
  const onDragOver = (event: DragEvent) => {
    if (!shellReady || !carriesFiles(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }
  const onDrop = (event: DragEvent) => {
    if (!shellReady || !carriesFiles(event)) return
    event.preventDefault()
    void addFiles([...event.dataTransfer.files]).then(setFolderMessage)
  }

  return (
    <div className="mx-auto max-w-4xl space-y-4" onDragOver={onDragOver} onDrop={onDrop}>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">AWS CLI</h1>
        <p className={MUTED_TEXT}>
          Type <code>aws kms …</code> commands as in a terminal; they run against your sandbox
          account and print exactly what AWS CLI v2 prints. Blob parameters such as{' '}
          <code>--plaintext</code> take base64, as in CLI v2. <code>clear</code> empties the
          transcript; the up and down arrows walk your history.
        </p>
        <p>
          <TextLink href={paths.sandbox.home()}>Back to the sandbox console</TextLink>
        </p>
      </header>
      <Transcript />
      {shellReady && <CommandLine />}
      {shellReady && <FolderPanel message={folderMessage} onMessage={setFolderMessage} />}
      {unsaved && (
        <Alert>
          <p>
            This browser did not let KeyDeck keep the folder and the history: they work until the
            page closes.
          </p>
        </Alert>
      )}
      {(status === 'connecting' || (status === 'ready' && !shellLoaded)) && (
        <p role="status">Starting the simulator…</p>
      )}
      {status === 'elsewhere' && (
        <Alert>
          <p>The sandbox is open in another tab. One tab at a time runs it.</p>
          <Button variant="primary" className="mt-2" onClick={() => void moveSandboxHere()}>
            Use the sandbox here
          </Button>
        </Alert>
      )}
      {status === 'failed' && (
        <Alert tone="error">
          <p>The simulator could not start: {failure}. Your study progress is not affected.</p>
        </Alert>
      )}
    </div>
  )
}
