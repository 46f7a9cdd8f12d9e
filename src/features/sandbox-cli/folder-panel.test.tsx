import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetCliShell, writeCliFile } from '@/stores/sandbox-cli.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { FolderPanel } from './folder-panel.tsx'

function Harness() {
  const [message, setMessage] = useState('')
  return <FolderPanel message={message} onMessage={setMessage} />
}

beforeEach(() => resetCliShell())
afterEach(() => vi.restoreAllMocks())

describe('FolderPanel', () => {
  it('uploads a file into the folder and lists it with its size', async () => {
    const user = userEvent.setup()
    const { container } = render(<Harness />)
    expect(screen.getByText('The folder is empty.')).toBeTruthy()
    await user.upload(
      screen.getByLabelText('File to add to the folder'),
      new File(['hello\n'], 'notes.txt'),
    )
    expect(await screen.findByText('Added notes.txt (6 bytes) to the folder.')).toBeTruthy()
    expect(screen.getByRole('list', { name: 'Files' }).textContent).toContain('notes.txt6 bytes')
    await expectNoAxeViolations(container)
  })

  it('downloads a file as a blob of its bytes', async () => {
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:test'
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    writeCliFile('notes.enc', new Uint8Array([0, 1, 255]))
    render(<Harness />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download notes.enc' }))
    expect(blobs).toHaveLength(1)
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(new Uint8Array([0, 1, 255]))
  })
})
