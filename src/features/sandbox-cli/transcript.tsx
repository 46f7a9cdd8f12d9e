import { useEffect, useRef } from 'react'
import { INSET_SURFACE, MUTED_TEXT } from '@/components/ui/colours.ts'
import { CopyButton } from '@/components/ui/copy-button.tsx'
import { useSandboxCliStore } from '@/stores/sandbox-cli.ts'

/**
 * The terminal's transcript: a log (screen readers hear each new output), one entry per command
 * with the command line echoed and exactly one `<pre>` holding what the CLI printed (empty when
 * it printed nothing) and a Copy button for that output. It scrolls to the newest entry, and takes focus so the keyboard can
 * scroll it.
 */
export function Transcript() {
  const entries = useSandboxCliStore((s) => s.entries)
  const end = useRef<HTMLDivElement>(null)
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' })
  }, [entries])
  return (
    <div
      role="log"
      aria-label="Transcript"
      // A log that scrolls must be reachable by keyboard (axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see the line above
      tabIndex={0}
      className={`max-h-[60vh] min-h-32 space-y-3 overflow-auto rounded-md p-3 font-mono text-sm ${INSET_SURFACE}`}
    >
      {entries.length === 0 && <p className={MUTED_TEXT}>Try: aws kms create-key</p>}
      {entries.map((entry) => (
        <div key={entry.id}>
          <div className="flex items-start justify-between gap-2">
            <p className="min-w-0 break-all whitespace-pre-wrap">
              <span aria-hidden="true">$ </span>
              {entry.command}
            </p>
            {entry.output !== '' && (
              <CopyButton text={entry.output} label={`Copy the output of ${entry.command}`} />
            )}
          </div>
          <pre className="break-all whitespace-pre-wrap">{entry.output}</pre>
        </div>
      ))}
      <div ref={end} />
    </div>
  )
}
