import { useEffect, useRef } from 'react'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Kbd } from '@/components/ui/kbd.tsx'

/**
 * The search field. `/` focuses it from anywhere on the page, Escape clears it, ArrowDown goes
 * to the results.
 */
export function SearchBox({
  value,
  onChange,
  onArrowDown,
}: {
  value: string
  onChange: (text: string) => void
  /** ArrowDown leaves the field for the results. */
  onArrowDown: () => void
}) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault()
        input.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <Field
      label={
        <>
          Search cards <Kbd hint>/</Kbd>
        </>
      }
    >
      <TextInput
        ref={input}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault()
            onChange('')
          } else if (e.key === 'ArrowDown') {
            e.preventDefault()
            onArrowDown()
          }
        }}
        placeholder="e.g. rotation, GenerateDataKey"
        autoComplete="off"
        spellCheck={false}
      />
    </Field>
  )
}
