import type { ReactNode } from 'react'
import { Alert } from './alert.tsx'

/**
 * An error exactly as AWS names it, e.g. `DisabledException`, with its message: the name in
 * monospace, as the SDK and the console print it, so a learner can search for it. With an
 * `explanation`, a sentence on why it happened and one on what fixes it follow. In a file of its
 * own: only the sandbox shows AWS errors, so the shell's chunk (loaded before the first card)
 * does not carry it.
 */
export function AwsErrorAlert({
  error,
  more,
}: {
  /** After the explanation: where to learn more (the sandbox links the cards that teach it). */
  more?: ReactNode
  error: {
    readonly name: string
    readonly message: string
    readonly explanation?: { readonly why: string; readonly fix: string }
  }
}) {
  return (
    <Alert tone="error">
      <p>
        <strong className="font-mono">{error.name}</strong>
        {/* Some errors carry no message (KMS's InvalidCiphertextException): no dangling colon. */}
        {error.message && `: ${error.message}`}
      </p>
      {error.explanation && (
        <>
          <p>
            <strong>Why: </strong>
            {error.explanation.why}
          </p>
          <p>
            <strong>Fix: </strong>
            {error.explanation.fix}
          </p>
        </>
      )}
      {more}
    </Alert>
  )
}
