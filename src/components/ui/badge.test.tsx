import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Badge, BADGE_TONES } from './badge.tsx'

describe('Badge', () => {
  it('says the state in words, in the tone asked for', async () => {
    render(
      <p>
        Orders table <Badge tone="success">Enabled</Badge>
      </p>,
    )
    const badge = screen.getByText('Enabled')
    // The words are the meaning; the tone is the look the contrast test measures.
    for (const cls of BADGE_TONES.success.split(' ')) expect(badge).toHaveClass(cls)
    expect(badge.closest('p')).toHaveTextContent('Orders table Enabled')
    await expectNoAxeViolations()
  })
})
