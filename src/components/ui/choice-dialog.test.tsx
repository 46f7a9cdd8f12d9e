import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { useChoice, type ChoiceOptions } from './choice-dialog.tsx'

const IMPORT: ChoiceOptions<'replace' | 'merge'> = {
  title: 'Import this backup?',
  message: 'It holds 3 reviews of 2 cards.',
  choices: [
    { value: 'replace', label: 'Replace progress', variant: 'danger' },
    { value: 'merge', label: 'Merge with this device', variant: 'primary' },
  ],
}

function Importer({ onAnswer }: { onAnswer: (choice: string | undefined) => void }) {
  const [choose, dialog] = useChoice()
  return (
    <>
      <button type="button" onClick={() => void choose(IMPORT).then(onAnswer)}>
        Import
      </button>
      {dialog}
    </>
  )
}

async function ask() {
  const user = userEvent.setup()
  const onAnswer = vi.fn()
  render(<Importer onAnswer={onAnswer} />)
  await user.click(screen.getByRole('button', { name: 'Import' }))
  const dialog = screen.getByRole('alertdialog', { name: 'Import this backup?' })
  return { user, onAnswer, dialog }
}

describe('useChoice and ChoiceDialog', () => {
  it('offers every choice beside Cancel, with Cancel focused', async () => {
    const { dialog } = await ask()
    expect(dialog).toHaveAccessibleDescription('It holds 3 reviews of 2 cards.')
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Replace progress' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Merge with this device' })).toBeInTheDocument()
    await expectNoAxeViolations()
  })

  it('answers with the value of the choice made', async () => {
    const { user, onAnswer, dialog } = await ask()
    await user.click(screen.getByRole('button', { name: 'Merge with this device' }))
    await waitFor(() => expect(onAnswer).toHaveBeenCalledWith('merge'))
    expect(dialog).not.toBeVisible()
  })

  it('answers undefined on Cancel and on Escape', async () => {
    const { user, onAnswer } = await ask()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(onAnswer).toHaveBeenLastCalledWith(undefined))
    await user.click(screen.getByRole('button', { name: 'Import' }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(onAnswer).toHaveBeenCalledTimes(2))
    expect(onAnswer).toHaveBeenLastCalledWith(undefined)
  })
})
