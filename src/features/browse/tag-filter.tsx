import { ToggleChip } from '@/components/ui/chip.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'

/**
 * Tag chips: each toggles a filter; a card must carry every selected tag. The tags load just
 * after the first list (src/stores/deck-store.ts); until then the space they take is kept, so
 * the list does not jump when they arrive.
 */
export function TagFilter({
  tags,
  selected,
  onToggle,
}: {
  tags: readonly { tag: string; count: number }[] | undefined
  selected: readonly string[]
  onToggle: (tag: string) => void
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium">Filter by tag</legend>
      {tags === undefined ? (
        <p className={`h-32 text-sm lg:h-48 ${MUTED_TEXT}`}>Loading the tags…</p>
      ) : (
        <ul className="flex max-h-32 flex-wrap gap-1.5 overflow-y-auto p-0.5 lg:max-h-48">
          {tags.map(({ tag, count }) => {
            const on = selected.includes(tag)
            return (
              <li key={tag}>
                <ToggleChip pressed={on} onPressedChange={() => onToggle(tag)}>
                  {tag} <span className={MUTED_TEXT}>{count}</span>
                </ToggleChip>
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
