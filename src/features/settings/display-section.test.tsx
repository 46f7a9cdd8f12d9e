/**
 * The Display panel as a learner uses it: each choice applies at once to <html> (what the CSS
 * reads) and is kept for the next start.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readDisplay } from '@/stores/storage/display-storage.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { DisplaySection } from './display-section.tsx'

const root = document.documentElement

beforeEach(() => {
  // jsdom has no matchMedia: the system is in light mode.
  vi.stubGlobal('matchMedia', () => ({ matches: false }))
})
afterEach(() => vi.unstubAllGlobals())

describe('the Display settings', () => {
  it('applies and keeps a theme, a text size and reduced motion as they are chosen', async () => {
    const user = userEvent.setup()
    render(<DisplaySection />)
    const theme = screen.getByRole('group', { name: 'Theme' })
    expect(within(theme).getByRole('radio', { name: /System/ })).toBeChecked()

    await user.click(within(theme).getByRole('radio', { name: 'Dark' }))
    expect(root.dataset.theme).toBe('dark')
    expect(within(theme).getByRole('radio', { name: 'Dark' })).toBeChecked()

    await user.click(screen.getByRole('radio', { name: 'Largest' }))
    expect(root.dataset.textSize).toBe('largest')

    await user.click(screen.getByRole('radio', { name: /Reduce/ }))
    expect(root.dataset.motion).toBe('reduce')

    expect(readDisplay()).toEqual({ theme: 'dark', textSize: 'largest', motion: 'reduce' })
    await expectNoAxeViolations(document.body)
  })
})
