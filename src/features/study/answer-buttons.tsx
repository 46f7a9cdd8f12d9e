import { MUTED_TEXT } from '@/components/ui/colours.ts'
import type { GradePreview } from '@/core/srs/answering.ts'
import type { Grade } from '@/core/srs/first-screen.ts'

// kit-exception: the four grades carry their own colours (README, "Rules for screens")
const BUTTONS: readonly { grade: Grade; label: string; className: string }[] = [
  {
    grade: 1,
    label: 'Again',
    className: 'border-red-300 hover:bg-red-50 dark:border-red-500/50 dark:hover:bg-red-500/10',
  },
  {
    grade: 2,
    label: 'Hard',
    className: 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800',
  },
  {
    grade: 3,
    label: 'Good',
    className:
      'border-emerald-400 hover:bg-emerald-50 dark:border-emerald-500/60 dark:hover:bg-emerald-500/10',
  },
  {
    grade: 4,
    label: 'Easy',
    className: 'border-sky-400 hover:bg-sky-50 dark:border-sky-500/60 dark:hover:bg-sky-500/10',
  },
]

/**
 * Again / Hard / Good / Easy, each with the interval it would schedule and its key. In cram the
 * schedule does not change, and the buttons say so: Again comes back in this session, the others
 * are done with the card.
 */
export function AnswerButtons({
  preview,
  onGrade,
  cram = false,
}: {
  preview: GradePreview
  onGrade: (g: Grade) => void
  cram?: boolean
}) {
  const outcome = (grade: Grade) =>
    cram
      ? grade === 1
        ? 'again in this session'
        : 'done for this session'
      : `next in ${preview[grade].label}`
  return (
    // A container query, not a media query: its rem follows the root font size (Display → text
    // size), so with large text or zoom on a phone the four buttons take two rows before their
    // labels outgrow them (WCAG 1.4.4). https://www.w3.org/TR/css-contain-3/#container-queries
    <div role="group" aria-label="How well did you remember?" className="@container space-y-2">
      {cram && (
        <p className={`text-center text-sm ${MUTED_TEXT}`}>
          Cram: your answers do not change the schedule.
        </p>
      )}
      <div className="grid grid-cols-2 gap-2 @xs:grid-cols-4">
        {BUTTONS.map(({ grade, label, className }) => (
          // kit-exception: a grade button is drawn in its grade's colour, which no kit variant has
          <button
            key={grade}
            type="button"
            onClick={() => onGrade(grade)}
            aria-keyshortcuts={String(grade)}
            aria-label={`${label}, ${outcome(grade)}`}
            className={`flex flex-col items-center rounded-lg border-2 bg-white px-2 py-2 motion-safe:transition-colors dark:bg-slate-900 ${className}`}
          >
            <span className={`text-xs tabular-nums ${MUTED_TEXT}`} aria-hidden="true">
              {preview[grade].label}
            </span>
            <span className="font-semibold" aria-hidden="true">
              {label}
            </span>
            <kbd
              className={`touch-only:hidden hidden text-xs sm:block ${MUTED_TEXT}`}
              aria-hidden="true"
            >
              {grade}
            </kbd>
          </button>
        ))}
      </div>
    </div>
  )
}
