import { useId } from 'react'
import { Button } from './button.tsx'
import { INSET_SURFACE, MUTED_TEXT } from './colours.ts'
import { useClipboardCopy, type CopyState } from './use-clipboard-copy.ts'

const MESSAGES: Readonly<Record<CopyState, string>> = {
  idle: '',
  copied: 'Copied.',
  unavailable: 'This browser offers no clipboard here: select the text and copy it yourself.',
  refused: 'The browser refused to copy: select the text and copy it yourself.',
}

/** What the block shows: a value printed as JSON (2-space indent), or text as it is. */
export type CodeBlockContent = { json: unknown; text?: never } | { text: string; json?: never }

function printed(content: CodeBlockContent): string {
  if (content.text !== undefined) return content.text
  // JSON.stringify returns undefined for undefined and functions; show that rather than nothing.
  return JSON.stringify(content.json, null, 2) ?? String(content.json)
}

/**
 * Code to read and copy: an AWS request or response as JSON, a ciphertext in base64, in a
 * `<figure>` named by its label (so it can be found by name, like a field). The Copy
 * button says what it copied; when the clipboard is missing (an insecure page) or refuses (no
 * permission), it says so, so the learner knows to copy by hand.
 */
export function CodeBlock({
  label,
  wrap = false,
  ...content
}: CodeBlockContent & {
  /** Shown above the block, and names the Copy button ("Copy Response"). */
  label: string
  /** Break long lines (base64) instead of scrolling sideways. */
  wrap?: boolean
}) {
  const [state, copyText] = useClipboardCopy()
  const captionId = useId()
  const code = printed(content)
  const copy = () => copyText(code)

  return (
    <figure aria-labelledby={captionId} className="min-w-0 space-y-1">
      <figcaption className="flex items-end justify-between gap-2">
        <span id={captionId} className="text-sm font-medium">
          {label}
        </span>
        <Button aria-label={`Copy ${label}`} onClick={() => void copy()}>
          Copy
        </Button>
      </figcaption>
      <pre
        className={`overflow-x-auto rounded-md p-3 font-mono text-xs ${INSET_SURFACE} ${wrap ? 'break-all whitespace-pre-wrap' : ''}`}
      >
        <code>{code}</code>
      </pre>
      <p role="status" className={`text-xs ${MUTED_TEXT}`}>
        {MESSAGES[state]}
      </p>
    </figure>
  )
}
