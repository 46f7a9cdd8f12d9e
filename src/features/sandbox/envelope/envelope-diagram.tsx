import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { ENVELOPE_STEPS } from '@/stores/sandbox-envelope.ts'
import { STEP_TEXTS } from './envelope-texts.ts'

const WHERE_CLASSES = {
  You: 'border-slate-400 dark:border-slate-500',
  KMS: 'border-amber-500 dark:border-amber-400',
  Browser: 'border-sky-600 dark:border-sky-400',
} as const

/**
 * The flow as boxes, KMS's and the browser's apart, the current step highlighted: a list, so a
 * screen reader reads it in order and hears which step is current (`aria-current="step"`).
 */
export function EnvelopeDiagram({ at }: { at: number }) {
  return (
    <ol
      aria-label="The flow of envelope encryption"
      className="grid gap-2 sm:grid-cols-2 lg:grid-cols-1"
    >
      {ENVELOPE_STEPS.map((step, i) => {
        const text = STEP_TEXTS[step]
        const current = i === at
        return (
          <li
            key={step}
            aria-current={current ? 'step' : undefined}
            className={`rounded-md border-2 border-l-8 px-3 py-2 ${WHERE_CLASSES[text.where]} ${
              current
                ? 'bg-amber-100 font-semibold ring-2 ring-amber-600 dark:bg-amber-950 dark:ring-amber-400'
                : i < at
                  ? ''
                  : 'opacity-90'
            }`}
          >
            <span className={`block text-sm ${MUTED_TEXT}`}>
              {i + 1}. {text.where}
              {i < at && ' · done'}
            </span>
            <span className="block">{text.title}</span>
          </li>
        )
      })}
    </ol>
  )
}
