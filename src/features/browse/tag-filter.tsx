import { ToggleChip } from '@/components/ui/chip.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'

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
              <ToggleChip pressed={on} onPressedChange={() => onToggle(tag)}>
                {tag} <span className={MUTED_TEXT}>{count}</span>
              </ToggleChip>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
