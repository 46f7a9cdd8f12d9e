import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { appUrl, ShareLink } from './share-link.tsx'

function useClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
}

const here = `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}`

describe('appUrl', () => {
  it('puts the path under the base the app is hosted at', () => {
    expect(appUrl('/browse?tag=rotation', 'https://a.example', '/')).toBe(
      'https://a.example/browse?tag=rotation',
    )
    expect(appUrl('/handout?q=key', 'https://a.example', '/keydeck/')).toBe(
      'https://a.example/keydeck/handout?q=key',
    )
  })
})

describe('ShareLink', () => {
  it('copies the full link', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    useClipboard({ writeText })
    render(<ShareLink path="/browse/rotation-auto" what="this card" />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this card' }))
    expect(writeText).toHaveBeenCalledWith(`${here}/browse/rotation-auto`)
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'The link to this card is on the clipboard.',
    )
  })

  it('without a clipboard, shows the link to copy by hand', async () => {
    const user = userEvent.setup()
    useClipboard(undefined)
    render(<ShareLink path="/browse" what="this search" />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this search' }))
    expect(screen.getByText(`${here}/browse`)).toBeInTheDocument()
  })

  it('shows the QR code of the link in a dialog, which Escape closes', async () => {
    const user = userEvent.setup()
    render(<ShareLink path="/handout?tag=rotation" what="this handout" />)
    await user.click(
      screen.getByRole('button', { name: 'Show QR code of the link to this handout' }),
    )
    // The dialog and the encoder load on the click.
    const dialog = await screen.findByRole('dialog', {
      name: 'QR code of the link to this handout',
    })
    const url = `${here}/handout?tag=rotation`
    const code = screen.getByRole('img', { name: `QR code of ${url}` })
    expect(dialog).toContainElement(code)
    expect(code.querySelector('path')?.getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z)+$/)
    expect(dialog).toHaveTextContent(url)
    await expectNoAxeViolations()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
