import { Select } from '@/components/ui/field-controls.tsx'
import { FLAG_NAMES, type Flag } from '@/core/srs/card-state.ts'
import { studyStore, useStudyStore } from '@/stores/study.ts'

/**
 * Marks the current card with a colour, e.g. to revisit its wording later. Anki's Ctrl+1…7 would
 * switch browser tabs, so flags are a menu.
 */
export function FlagPicker({ cardId }: { cardId: string }) {
  const flag = useStudyStore((s) => s.states.get(cardId as never)?.flag ?? 0)
  return (
    <Select
      aria-label="Flag this card"
      compact
      value={flag}
      onChange={(e) => {
        void studyStore.editCurrent(Number(e.target.value) as Flag)
        // Back to the review keys: Space must reveal the answer, not reopen this menu.
        e.currentTarget.blur()
      }}
    >
      {FLAG_NAMES.map((name, value) => (
        <option key={name} value={value}>
          {value === 0 ? 'Flag…' : `Flag: ${name}`}
        </option>
      ))}
    </Select>
  )
}
