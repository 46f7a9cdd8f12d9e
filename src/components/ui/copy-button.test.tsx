import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { CopyButton } from './copy-button.tsx'

/** Replaces the clipboard (user-event installs its own on setup), or removes it. */
function useClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
}

describe('CopyButton', () => {
  it('copies its text, and its label says it did', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    useClipboard({ writeText })
    render(<CopyButton text={'line 1\nline 2'} label="Copy the output of aws kms list-keys" />)
    const button = screen.getByRole('button', { name: 'Copy the output of aws kms list-keys' })
    expect(button).toHaveTextContent('Copy')
    await user.click(button)
    expect(writeText).toHaveBeenCalledWith('line 1\nline 2')
    expect(button).toHaveTextContent('Copied')
    await expectNoAxeViolations()
  })

  it('without a clipboard, says to select the text', async () => {
    const user = userEvent.setup()
    useClipboard(undefined)
    render(<CopyButton text="x" label="Copy x" />)
    await user.click(screen.getByRole('button', { name: 'Copy x' }))
    expect(screen.getByRole('button', { name: 'Copy x' })).toHaveTextContent(
      'No clipboard: select the text',
    )
  })
})
