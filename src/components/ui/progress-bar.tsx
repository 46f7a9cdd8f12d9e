/**
 * How far a long task has come: a native `<progress>` named by its label (a screen reader says
 * "Optimizing, progress bar, 50%"), and the current step in words in a live region, so each new
 * step is announced. Without `value` the bar is indeterminate.
 * @see https://developer.mozilla.org/en-US/docs/Web/HTML/Element/progress
 */
export function ProgressBar({
  label,
  value,
  max = 1,
  step,
}: {
  /** What is in progress, e.g. "Optimizing". */
  label: string
  value?: number
  max?: number
  /** The current step in words, e.g. "Training on your reviews…". */
  step: string
}) {
  return (
    <div className="space-y-1">
      <progress
        aria-label={label}
        value={value}
        max={max}
        className="h-2 w-full accent-amber-500"
      />
      <p role="status" className="text-sm">
        {step}
      </p>
    </div>
  )
}
