import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { CardNoteEditor } from './card-note-editor.tsx'

function open(onSave: (text: string) => Promise<void>, initialText = '') {
  const onClose = vi.fn()
  render(
    <CardNoteEditor initialText={initialText} maxLength={20} onSave={onSave} onClose={onClose} />,
  )
  return { user: userEvent.setup(), onClose, box: screen.getByRole('textbox', { name: 'Note' }) }
}

describe('CardNoteEditor', () => {
  it('opens on the note, focused, and saves with Ctrl+Enter', async () => {
    const onSave = vi.fn(() => Promise.resolve())
    const { user, onClose, box } = open(onSave, 'KMS')
    expect(screen.getByRole('dialog', { name: 'Your note on this card' })).toBeVisible()
    expect(box).toHaveFocus()
    expect(box).toHaveValue('KMS')
    await user.type(box, ' = keys{Control>}{Enter}{/Control}')
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(onSave).toHaveBeenCalledWith('KMS = keys')
    await expectNoAxeViolations()
  })

  it('refuses a note that is too long, says by how much, and keeps the text', async () => {
    const onSave = vi.fn(() => Promise.resolve())
    const { user, onClose, box } = open(onSave)
    await user.type(box, 'x'.repeat(23))
    await user.click(screen.getByRole('button', { name: 'Save note' }))
    expect(box).toHaveAccessibleDescription(/at most 20 characters: shorten it by 3/)
    expect(box).toHaveValue('x'.repeat(23))
    expect(onSave).not.toHaveBeenCalled()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('keeps the text and says why when it cannot be saved', async () => {
    const { user, onClose, box } = open(() => Promise.reject(new Error('QuotaExceededError')))
    await user.type(box, 'grants')
    await user.click(screen.getByRole('button', { name: 'Save note' }))
    await waitFor(() =>
      expect(box).toHaveAccessibleDescription(/The note was not saved \(QuotaExceededError\)/),
    )
    expect(box).toHaveValue('grants')
    expect(onClose).not.toHaveBeenCalled()
  })
})
