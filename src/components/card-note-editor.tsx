import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Button } from './ui/button.tsx'
import { Dialog } from './ui/dialog.tsx'
import { Field } from './ui/field.tsx'
import { TextArea } from './ui/field-controls.tsx'

/**
 * Writes the learner's own note on a card (Anki's "edit"): a mnemonic or an example of their
 * own, shown under the answer. The study screen (`E`) and a card's page open it. A note that
 * cannot be saved stays in the box with the reason, so nothing typed is lost.
 */
export function CardNoteEditor({
  initialText,
  maxLength,
  onSave,
  onClose,
}: {
  initialText: string
  maxLength: number
  /** Resolves once the note is saved; a rejection's message is shown. */
  onSave: (text: string) => Promise<void>
  onClose: () => void
}) {
  const [text, setText] = useState(initialText)
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const form = useRef<HTMLFormElement>(null)
  const tooLong = text.trim().length > maxLength

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (tooLong) {
      setError(
        `A note is at most ${maxLength} characters: shorten it by ${text.trim().length - maxLength}.`,
      )
      return
    }
    setSaving(true)
    try {
      await onSave(text)
      onClose()
    } catch (failure) {
      setError(
        `The note was not saved (${failure instanceof Error ? failure.message : String(failure)}).`,
      )
      setSaving(false)
    }
  }

  // Ctrl+Enter (⌘+Enter) saves, as in most note editors; Enter alone starts a new line.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      form.current?.requestSubmit()
    }
  }

  return (
    <Dialog open onClose={onClose} title="Your note on this card">
      <form ref={form} onSubmit={(e) => void save(e)} className="space-y-3">
        <Field
          label="Note"
          hint={`Your own mnemonic or example, shown under the answer; the card itself stays as it is. ${text.trim().length} of ${maxLength} characters. Ctrl+Enter saves.`}
          error={error}
        >
          <TextArea
            value={text}
            rows={6}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens to write the note
            autoFocus
            onKeyDown={onKeyDown}
            onChange={(e) => {
              setText(e.target.value)
              setError(undefined)
            }}
          />
        </Field>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={saving}>
            Save note
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
