import { INSET_SURFACE } from '@/components/ui/colours.ts'

/**
 * The time left for a question: whole seconds as text (`role="timer"`, which screen readers do
 * not read out every second), and a bar that empties. The bar glides between seconds only for
 * people who do not ask for reduced motion; for the others it steps.
 */
export function QuizTimer({
  leftMs,
  totalMs,
  size = 'md',
}: {
  leftMs: number
  totalMs: number
  /** `lg` in presenter mode, read from the back of the room. */
  size?: 'md' | 'lg'
}) {
  const seconds = Math.ceil(leftMs / 1000)
  const share = totalMs > 0 ? leftMs / totalMs : 0
  return (
    <div className={size === 'lg' ? 'w-[min(30vw,24rem)] space-y-2' : 'w-40 space-y-1'}>
      <p
        role="timer"
        aria-label="Time left"
        className={`font-semibold tabular-nums ${size === 'lg' ? 'text-[clamp(1.25rem,3.5vh,3rem)]' : 'text-sm'}`}
      >
        {seconds === 0 ? 'Time’s up' : `${seconds} s left`}
      </p>
      <div
        aria-hidden="true"
        className={`overflow-hidden rounded-full ${INSET_SURFACE} ${size === 'lg' ? 'h-3' : 'h-1.5'}`}
      >
        {/* The kit's ProgressBar has a live status line, which would announce every second. */}
        {/* kit-exception: the timer's bar, amber as the kit's ProgressBar */}
        <div
          className="h-full bg-amber-500 ease-linear motion-safe:transition-[width] motion-safe:duration-200"
          style={{ width: `${Math.round(share * 1000) / 10}%` }}
        />
      </div>
    </div>
  )
}
