import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { FileButton } from './file-button.tsx'

describe('FileButton', () => {
  it('opens the file picker from a button, and hands over each file chosen', async () => {
    const user = userEvent.setup()
    const onFile = vi.fn()
    render(
      <FileButton label="Backup file to import" accept="application/json,.json" onFile={onFile}>
        Import backup…
      </FileButton>,
    )
    const input = screen.getByLabelText<HTMLInputElement>('Backup file to import')
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAttribute('tabindex', '-1')
    const opened = vi.fn()
    input.addEventListener('click', opened)
    await user.click(screen.getByRole('button', { name: 'Import backup…' }))
    expect(opened).toHaveBeenCalledTimes(1)

    const file = new File(['{}'], 'keydeck-backup.json', { type: 'application/json' })
    await user.upload(input, file)
    expect(onFile).toHaveBeenCalledWith(file)
    // The input is emptied, so choosing the same file again is heard as a new choice.
    expect(input.value).toBe('')
    await user.upload(input, file)
    expect(onFile).toHaveBeenCalledTimes(2)
    await expectNoAxeViolations()
  })
})
