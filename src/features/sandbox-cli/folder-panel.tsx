import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { FileButton } from '@/components/ui/file-button.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { useSandboxCliStore } from '@/stores/sandbox-cli.ts'
import { addFiles } from './add-files.ts'
import { downloadFile } from '@/components/download-file.ts'

/**
 * The shell's folder, outside the terminal: upload a file into it (or drop one onto the panel,
 * see the page) to use as `fileb://name`, and download any file the shell wrote (`> name`).
 */
export function FolderPanel({
  message,
  onMessage,
}: {
  /** What the last upload or drop did. */
  message: string
  onMessage: (message: string) => void
}) {
  const files = useSandboxCliStore((s) => s.files)
  const names = [...files.keys()].sort()
  return (
    <Panel title="Files in the folder">
      <p className={`text-sm ${MUTED_TEXT}`}>
        Upload a file, or drop one onto this page, to use it as <code>fileb://name</code>; download
        what a command wrote with <code>&gt; name</code>.
      </p>
      <FileButton
        label="File to add to the folder"
        onFile={(file) => void addFiles([file]).then(onMessage)}
      >
        Upload a file…
      </FileButton>
      <p role="status" className="text-sm">
        {message}
      </p>
      {names.length === 0 ? (
        <p className={`text-sm ${MUTED_TEXT}`}>The folder is empty.</p>
      ) : (
        <ul aria-label="Files" className="space-y-1">
          {names.map((name) => (
            <li key={name} className="flex flex-wrap items-center gap-x-3 font-mono text-sm">
              <span className="break-all">{name}</span>
              <span className={MUTED_TEXT}>{files.get(name)!.length} bytes</span>
              <Button
                variant="text"
                // The visible word starts the name (WCAG 2.5.3); the file's name tells them apart.
                aria-label={`Download ${name}`}
                onClick={() => downloadFile({ name, content: files.get(name)! })}
              >
                Download
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  )
}
