import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { ActionBar } from './action-bar.tsx'
import { Button } from './button.tsx'
import { Kbd } from './kbd.tsx'

describe('ActionBar', () => {
  it('is a region named for what it holds, pinned to the bottom on phones only', async () => {
    render(
      <ActionBar label="Answer">
        <Button variant="primary">
          Show answer <Kbd hint>Space</Kbd>
        </Button>
      </ActionBar>,
    )
    const bar = screen.getByRole('region', { name: 'Answer' })
    expect(bar).toContainElement(screen.getByRole('button', { name: /Show answer/ }))
    // jsdom has no layout: the classes are the contract the phone e2e measures.
    expect(bar.className).toMatch(/(^| )fixed( |$)/)
    expect(bar.className).toMatch(/(^| )sm:static( |$)/)
    await expectNoAxeViolations()
  })

  it('marks a keyboard hint to hide on touch-only devices, and a plain key to stay', () => {
    render(
      <p>
        <Kbd hint>Space</Kbd> <Kbd>?</Kbd>
      </p>,
    )
    expect(screen.getByText('Space').className).toContain('touch-only:hidden')
    expect(screen.getByText('?').className).not.toContain('touch-only:hidden')
  })
})
