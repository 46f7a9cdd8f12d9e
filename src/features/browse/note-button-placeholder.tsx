import { Button } from '@/components/ui/button.tsx'

/**
 * Holds the note button's place while the note section loads, so that nothing under it moves: the
 * sandbox link jumped 66 px down some 50 ms after it appeared, and a tap (or the e2e click in
 * browse.spec.ts, once in CI) landed beside it. A card with a note still grows by the note.
 */
export function NoteButtonPlaceholder() {
  return (
    <Button className="invisible mt-2" tabIndex={-1} aria-hidden="true">
      Add your note
    </Button>
  )
}
