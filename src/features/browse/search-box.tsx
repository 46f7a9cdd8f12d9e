import { useEffect, useRef } from 'react'

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
    <div>
      <label htmlFor="card-search" className="mb-1 block text-sm font-medium">
        Search cards{' '}
        <kbd className="ml-1 rounded border border-slate-300 px-1 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400">
          /
        </kbd>
      </label>
      <input
        ref={input}
        id="card-search"
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
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
      />
    </div>
  )
}
