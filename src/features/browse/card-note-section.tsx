/**
 * The learner's own note on the card, under its answer on the card's page, with a button to
 * write or change it (the study screen's `E` opens the same editor). Loaded with a card's page,
 * not with the list.
 */
import { useState } from 'react'
import { CardNoteEditor } from '@/components/card-note-editor.tsx'
import { CardNoteView } from '@/components/card-note-view.tsx'
import { Button } from '@/components/ui/button.tsx'
import type { CardId } from '@/core/deck/card.ts'
import { NOTE_MAX_LENGTH } from '@/core/srs/first-screen.ts'
import { saveCardNote, useCardNote, useCardNotesLoaded } from '@/stores/card-notes.ts'
import { NoteButtonPlaceholder } from './note-button-placeholder.tsx'

export function CardNoteSection({ cardId }: { cardId: CardId }) {
  const note = useCardNote(cardId)
  const loaded = useCardNotesLoaded()
  const [editing, setEditing] = useState(false)
  if (!loaded) return <NoteButtonPlaceholder />
  return (
    <div>
      {note !== undefined && <CardNoteView text={note} headingLevel={2} />}
      <Button className="mt-2" onClick={() => setEditing(true)}>
        {note === undefined ? 'Add your note' : 'Edit your note'}
      </Button>
      {editing && (
        <CardNoteEditor
          initialText={note ?? ''}
          maxLength={NOTE_MAX_LENGTH}
          onSave={(text) => saveCardNote(cardId, text)}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  )
}
