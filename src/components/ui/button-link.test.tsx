import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { ButtonLink } from './button-link.tsx'
import { BUTTON_VARIANTS } from './button.tsx'

describe('ButtonLink', () => {
  it('is a link to a screen, drawn as the button of its variant', async () => {
    const user = userEvent.setup()
    const location = memoryLocation({ path: '/browse/a-card', record: true })
    render(
      <Router hook={location.hook}>
        <ButtonLink href="/sandbox/rotation" variant="primary">
          Try it in the sandbox
        </ButtonLink>
      </Router>,
    )
    const link = screen.getByRole('link', { name: 'Try it in the sandbox' })
    for (const cls of BUTTON_VARIANTS.primary.split(' ')) expect(link).toHaveClass(cls)
    await user.click(link)
    expect(location.history.at(-1)).toBe('/sandbox/rotation')
    await expectNoAxeViolations()
  })
})
