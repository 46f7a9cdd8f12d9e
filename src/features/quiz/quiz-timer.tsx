import { INSET_SURFACE } from '@/components/ui/colours.ts'

/**
 * The time left for a question: whole seconds as text (`role="timer"`, which screen readers do
 * not read out every second), and a bar that empties: in small steps at every tick of the
 * countdown, or once a second for people who ask for reduced motion. No CSS animation.
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
  // With reduced motion the bar moves once a second, with the number; otherwise at every tick.
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches
  const share = totalMs > 0 ? (reduced ? seconds * 1000 : leftMs) / totalMs : 0
  return (
    <div
      className={size === 'lg' ? 'space-y-2' : 'space-y-1'}
      style={{ width: size === 'lg' ? 'min(30vw, 24rem)' : '10rem' }}
    >
      <p
        role="timer"
        aria-label="Time left"
        className={`font-semibold tabular-nums ${size === 'lg' ? '' : 'text-sm'}`}
        // Inline: an arbitrary size class would weigh on the app's one CSS file.
        style={size === 'lg' ? { fontSize: 'clamp(1.25rem, 3.5vh, 3rem)' } : undefined}
      >
        {seconds === 0 ? 'Time’s up' : `${seconds} s left`}
      </p>
      <div
        aria-hidden="true"
        className={`overflow-hidden rounded-full ${INSET_SURFACE}`}
        style={{ height: size === 'lg' ? '0.75rem' : '0.375rem' }}
      >
        {/* The kit's ProgressBar has a live status line, which would announce every second. */}
        {/* kit-exception: the timer's bar, amber as the kit's ProgressBar */}
        <div
          className="bg-amber-500"
          style={{ height: '100%', width: `${Math.round(share * 1000) / 10}%` }}
        />
      </div>
    </div>
  )
}
