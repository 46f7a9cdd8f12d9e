import { useId } from 'react'
import { field, label as labelStyle } from './sandbox-styles.ts'

/** A labelled drop-down of string values, each shown by `describe` (the value itself by default). */
export function SelectField<T extends string>(props: {
  label: string
  value: T
  options: readonly T[]
  onChange: (value: T) => void
  describe?: (value: T) => string
}) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className={labelStyle}>
        {props.label}
      </label>
      <select
        id={id}
        className={field}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.describe ? props.describe(option) : option}
          </option>
        ))}
      </select>
    </div>
  )
}
