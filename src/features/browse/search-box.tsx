import { useEffect, useRef } from 'react'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Kbd } from '@/components/ui/kbd.tsx'
import { SearchHelp } from './search-help.tsx'

const HELP_ID = 'search-help'

/**
 * The search field, with Anki's syntax. `/` focuses it from anywhere on the page, Escape clears
 * it, ArrowDown goes to the results; the search help sits right under it.
 */
export function SearchBox({
  value,
  error,
  onChange,
  onArrowDown,
}: {
  value: string
  /** What is wrong with the search as typed, in words. */
  error: string | undefined
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
    <div className="space-y-1">
      <Field
        label={
          <>
            Search cards <Kbd hint>/</Kbd>
          </>
        }
        hint={
          <>Words, &quot;phrases&quot;, tag:…, is:due, flag:1, prop:lapses&gt;3; a - leaves out.</>
        }
        error={error}
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
          placeholder="e.g. rotation, is:due, flag:1"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <SearchHelp id={HELP_ID} />
    </div>
  )
}
