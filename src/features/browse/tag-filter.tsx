/** Tag chips: each toggles a filter; a card must carry every selected tag. */
export function TagFilter({
  tags,
  selected,
  onToggle,
}: {
  tags: readonly { tag: string; count: number }[]
  selected: readonly string[]
  onToggle: (tag: string) => void
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">Filter by tag</legend>
      <ul className="flex max-h-32 flex-wrap gap-1.5 overflow-y-auto p-0.5 lg:max-h-48">
        {tags.map(({ tag, count }) => {
          const on = selected.includes(tag)
          return (
            <li key={tag}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => onToggle(tag)}
                className={`rounded-full border px-2.5 py-0.5 text-sm ${on ? 'border-amber-600 bg-amber-100 text-amber-900 dark:border-amber-400 dark:bg-amber-500/20 dark:text-amber-100' : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800'}`}
              >
                {tag} <span className="text-slate-600 dark:text-slate-400">{count}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
