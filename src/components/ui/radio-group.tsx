import { useId, type ReactNode } from 'react'

export interface RadioOption<Value extends string> {
  readonly value: Value
  readonly label: ReactNode
}

/**
 * A choice of one among a few, all in view: native radio buttons in a fieldset, so the legend
 * names the group, arrow keys move the choice, and Tab enters and leaves it as one stop.
 */
export function RadioGroup<Value extends string>({
  legend,
  hideLegend = false,
  name,
  options,
  value,
  onChange,
  className = '',
}: {
  legend: ReactNode
  /** Keep the legend for screen readers only, when a heading just above already says it. */
  hideLegend?: boolean
  /** The radios' form name; unique in the page by default. */
  name?: string
  options: readonly RadioOption<Value>[]
  value: Value
  onChange: (value: Value) => void
  /** Layout only. */
  className?: string
}) {
  const ownName = useId()
  return (
    <fieldset className={`space-y-1 ${className}`}>
      <legend className={hideLegend ? 'sr-only' : 'mb-1 text-sm font-medium'}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2">
          <input
            type="radio"
            name={name ?? ownName}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="size-4 shrink-0 accent-amber-600"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
