import { useRef, type ReactNode } from 'react'
import { Button, type ButtonVariant } from './button.tsx'

/**
 * A button that opens the browser's file picker, for an import. The file input itself is hidden
 * from sight and from the Tab order (a native one cannot be styled and reads "No file chosen"),
 * and keeps its `label` so tests and assistive tools can still find it.
 */
export function FileButton({
  label,
  accept,
  onFile,
  variant,
  children,
}: {
  /** Names the hidden file input, e.g. "Backup file to import". */
  label: string
  /** File types, as the input's `accept`, e.g. `application/json,.json`. */
  accept?: string
  onFile: (file: File) => void
  variant?: ButtonVariant
  /** The button's text, e.g. "Import backup…". */
  children: ReactNode
}) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <Button variant={variant} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        className="sr-only"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so choosing the same file again is a new choice.
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
