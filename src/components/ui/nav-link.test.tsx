import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { NavLink, SkipLink } from './nav-link.tsx'

describe('NavLink', () => {
  it('marks the tab of the screen shown as the current page, and moves with the route', async () => {
    const user = userEvent.setup()
    const location = memoryLocation({ path: '/stats' })
    render(
      <Router hook={location.hook}>
        <SkipLink href="#main">Skip to content</SkipLink>
        <nav aria-label="Main">
          <NavLink href="/">Study</NavLink>
          <NavLink href="/stats">Stats</NavLink>
        </nav>
        <main id="main" />
      </Router>,
    )
    expect(screen.getByRole('link', { name: 'Stats' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Study' })).not.toHaveAttribute('aria-current')
    await user.click(screen.getByRole('link', { name: 'Study' }))
    expect(screen.getByRole('link', { name: 'Study' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Stats' })).not.toHaveAttribute('aria-current')
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
    await expectNoAxeViolations()
  })
})
