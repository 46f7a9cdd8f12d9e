import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { useConfirm, type ConfirmOptions } from './confirm-dialog.tsx'

const DELETE: ConfirmOptions = {
  title: 'Delete all study progress?',
  message: 'Export a backup first if you may want it back.',
  confirmLabel: 'Delete progress',
  tone: 'danger',
}

/** A screen that asks before it acts, as the backup section will. */
function StartOver({ onAnswer }: { onAnswer: (confirmed: boolean) => void }) {
  const [confirm, dialog] = useConfirm()
  return (
    <>
      <button type="button" onClick={() => void confirm(DELETE).then(onAnswer)}>
        Start over
      </button>
      {dialog}
    </>
  )
}

async function ask() {
  const user = userEvent.setup()
  const onAnswer = vi.fn()
  const view = render(<StartOver onAnswer={onAnswer} />)
  await user.click(screen.getByRole('button', { name: 'Start over' }))
  const dialog = screen.getByRole('alertdialog', { name: DELETE.title as string })
  return { user, onAnswer, dialog, view }
}

describe('useConfirm and ConfirmDialog', () => {
  it('asks in a modal dialog with the question, the message and the safe choice focused', async () => {
    const { dialog } = await ask()
    expect(dialog).toHaveAccessibleDescription(DELETE.message as string)
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Delete progress' })).toBeInTheDocument()
    await expectNoAxeViolations()
  })

  it('answers true when the action is confirmed, and closes', async () => {
    const { user, onAnswer, dialog } = await ask()
    await user.click(screen.getByRole('button', { name: 'Delete progress' }))
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(true))
    expect(dialog).not.toBeVisible()
  })

  it('answers false on Cancel', async () => {
    const { user, onAnswer, dialog } = await ask()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(false))
    expect(dialog).not.toBeVisible()
  })

  it('answers false on Escape, even after confirming once before', async () => {
    const { user, onAnswer, dialog } = await ask()
    await user.click(screen.getByRole('button', { name: 'Delete progress' }))
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith(true))
    await user.click(screen.getByRole('button', { name: 'Start over' }))
    expect(dialog).toBeVisible()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith(false))
    expect(onAnswer).toHaveBeenCalledTimes(2)
    expect(dialog).not.toBeVisible()
  })

  it('answers false when the screen goes away with the question open', async () => {
    const { onAnswer, view } = await ask()
    view.unmount()
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith(false))
  })
})
