/**
 * The note editor of the study screen (`E`), on the shared editor; loaded when first opened, so
 * the first card does not carry it.
 */
import { CardNoteEditor } from '@/components/card-note-editor.tsx'
import type { CardId } from '@/core/deck/card.ts'
import { NOTE_MAX_LENGTH } from '@/core/srs/first-screen.ts'
import { saveCardNote, useCardNote, useCardNotesLoaded } from '@/stores/card-notes.ts'

export default function NoteEditor({ cardId, onClose }: { cardId: CardId; onClose: () => void }) {
  const note = useCardNote(cardId)
  // Read in a moment with the answer side; the editor opens on the stored text once it is here.
  if (!useCardNotesLoaded()) return null
  return (
    <CardNoteEditor
      initialText={note ?? ''}
      maxLength={NOTE_MAX_LENGTH}
      onSave={(text) => saveCardNote(cardId, text)}
      onClose={onClose}
    />
  )
}
