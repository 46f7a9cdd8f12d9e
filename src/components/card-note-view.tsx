import { useId, type ReactNode } from 'react'
import { DIVIDER, MUTED_TEXT } from './ui/colours.ts'

/** The learner's own note on a card, under its answer (study screen and card page). */
export function CardNoteView({
  text,
  headingLevel = 3,
  hint,
}: {
  text: string
  headingLevel?: 2 | 3
  /** How to change it, e.g. the key that edits it. */
  hint?: ReactNode
}) {
  const id = useId()
  const Heading = `h${headingLevel}` as const
  return (
    <section aria-labelledby={id} className={`mt-4 border-t pt-4 ${DIVIDER}`}>
      <Heading
        id={id}
        className={`mb-1 text-xs font-semibold tracking-wide uppercase ${MUTED_TEXT}`}
      >
        Your note{hint && <span className="font-normal normal-case"> {hint}</span>}
      </Heading>
      <p className="whitespace-pre-wrap">{text}</p>
    </section>
  )
}
