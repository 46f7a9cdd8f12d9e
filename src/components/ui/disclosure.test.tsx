import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Disclosure } from './disclosure.tsx'

describe('Disclosure', () => {
  // Enter and Space on the summary are the browser's own (jsdom does not press them).
  it('keeps its content folded until the summary is pressed, and takes focus', async () => {
    const user = userEvent.setup()
    render(
      <Disclosure summary="Search help" id="help">
        <p>is:due finds the cards due today.</p>
      </Disclosure>,
    )
    const details = document.getElementById('help') as HTMLDetailsElement
    expect(details.open).toBe(false)
    await user.tab()
    expect(screen.getByText('Search help')).toHaveFocus()
    await user.click(screen.getByText('Search help'))
    expect(details.open).toBe(true)
    expect(screen.getByText('is:due finds the cards due today.')).toBeVisible()
    await user.click(screen.getByText('Search help'))
    expect(details.open).toBe(false)
    await expectNoAxeViolations()
  })
})
