import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { isLinkHref, TextLink } from './text-link.tsx'

describe('TextLink', () => {
  it('goes to a screen of the app through the router, in the same tab', async () => {
    const user = userEvent.setup()
    const location = memoryLocation({ path: '/', record: true })
    render(
      <Router hook={location.hook}>
        <TextLink href="/browse/kms-key-rotation">Card details and sources</TextLink>
      </Router>,
    )
    const link = screen.getByRole('link', { name: 'Card details and sources' })
    expect(link).toHaveAttribute('href', '/browse/kms-key-rotation')
    expect(link).not.toHaveAttribute('target')
    await user.click(link)
    expect(location.history).toEqual(['/', '/browse/kms-key-rotation'])
    await expectNoAxeViolations()
  })

  it('opens a page elsewhere in a new tab without an opener, and says so', async () => {
    render(
      <TextLink href="https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html">
        docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
      </TextLink>,
    )
    // Chromium names it "….html (opens in a new tab)"; jsdom's name computation drops the space
    // at the start of the visually hidden text, which Chromium replaces by a separator.
    const link = screen.getByRole('link', {
      name: /^docs\.aws\.amazon\.com\/kms\/latest\/developerguide\/rotate-keys\.html ?\(opens in a new tab\)$/,
    })
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expectNoAxeViolations()
  })

  it('accepts only in-app paths and https links', () => {
    expect(isLinkHref('/sandbox/rotation')).toBe(true)
    expect(isLinkHref('https://aws.amazon.com/kms/')).toBe(true)
    expect(isLinkHref('http://aws.amazon.com/kms/')).toBe(false)
    expect(isLinkHref('//evil.example/')).toBe(false)
    expect(isLinkHref('javascript:alert(1)')).toBe(false)
  })
})
