import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { CodeBlock } from './code-block.tsx'

const RESPONSE = { KeyMetadata: { KeyId: '1234abcd', Enabled: true, KeySpec: 'SYMMETRIC_DEFAULT' } }
const PRINTED = `{
  "KeyMetadata": {
    "KeyId": "1234abcd",
    "Enabled": true,
    "KeySpec": "SYMMETRIC_DEFAULT"
  }
}`

/** Replaces the clipboard (user-event installs its own on setup), or removes it. */
function useClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
}

describe('CodeBlock', () => {
  it('prints JSON with two-space indents, and text as it is', async () => {
    render(
      <>
        <CodeBlock label="Response" json={RESPONSE} />
        <CodeBlock label="CiphertextBlob" text="AQICAHg+/abc==" wrap />
      </>,
    )
    const [json, text] = document.querySelectorAll('pre')
    expect(json?.textContent).toBe(PRINTED)
    expect(text?.textContent).toBe('AQICAHg+/abc==')
    // Each block is found by its label, as a field is, and holds its code.
    expect(screen.getByRole('figure', { name: 'CiphertextBlob' })).toContainElement(text!)
    expect(screen.getByRole('figure', { name: 'Response' })).toContainElement(json!)
    await expectNoAxeViolations()
  })

  it('copies the printed code and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    useClipboard({ writeText })
    render(<CodeBlock label="Response" json={RESPONSE} />)
    expect(screen.getByRole('status')).toHaveTextContent('')
    await user.click(screen.getByRole('button', { name: 'Copy Response' }))
    expect(writeText).toHaveBeenCalledWith(PRINTED)
    expect(screen.getByRole('status')).toHaveTextContent('Copied.')
  })

  it('says so when the browser refuses to copy', async () => {
    const user = userEvent.setup()
    const refuse = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    useClipboard({ writeText: vi.fn(refuse) })
    render(<CodeBlock label="Response" json={RESPONSE} />)
    await user.click(screen.getByRole('button', { name: 'Copy Response' }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'The browser refused to copy: select the text and copy it yourself.',
    )
  })

  it('says so when there is no clipboard at all', async () => {
    const user = userEvent.setup()
    useClipboard(undefined)
    render(<CodeBlock label="Response" json={RESPONSE} />)
    await user.click(screen.getByRole('button', { name: 'Copy Response' }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'This browser offers no clipboard here: select the text and copy it yourself.',
    )
  })
})
