import { Button } from './button.tsx'
import { useClipboardCopy, type CopyState } from './use-clipboard-copy.ts'

const LABELS: Readonly<Record<CopyState, string>> = {
  idle: 'Copy',
  copied: 'Copied',
  unavailable: 'No clipboard: select the text',
  refused: 'Copy refused: select the text',
}

/**
 * A small Copy button for text shown beside it (a terminal's output), whose own label says how
 * the copy went: no status line under every entry of a transcript.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, copy] = useClipboardCopy()
  return (
    <Button variant="text" aria-label={label} onClick={() => void copy(text)}>
      {LABELS[state]}
    </Button>
  )
}
