import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { ChipLink, ToggleChip } from './chip.tsx'

describe('chips', () => {
  it('ToggleChip is a toggle button that says whether it is on', async () => {
    const user = userEvent.setup()
    function Filter() {
      const [on, setOn] = useState(false)
      return (
        <ToggleChip pressed={on} onPressedChange={setOn}>
          rotation 12
        </ToggleChip>
      )
    }
    render(<Filter />)
    const chip = screen.getByRole('button', { name: 'rotation 12' })
    expect(chip).toHaveAttribute('aria-pressed', 'false')
    await user.click(chip)
    expect(chip).toHaveAttribute('aria-pressed', 'true')
    await user.keyboard('{Enter}')
    expect(chip).toHaveAttribute('aria-pressed', 'false')
    await expectNoAxeViolations()
  })

  it('ChipLink goes to its screen through the router', async () => {
    const user = userEvent.setup()
    const location = memoryLocation({ path: '/browse/a-card', record: true })
    render(
      <Router hook={location.hook}>
        <ChipLink href="/browse?tag=rotation">#rotation</ChipLink>
      </Router>,
    )
    await user.click(screen.getByRole('link', { name: '#rotation' }))
    expect(location.history.at(-1)).toBe('/browse?tag=rotation')
    await expectNoAxeViolations()
  })
})
