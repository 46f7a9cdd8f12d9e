import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FLAG_NAMES } from '@/core/srs/first-screen.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { colourOf, coloursOf, contrast, type Scheme } from '@/test-support/tailwind-contrast.ts'
import { BADGE_TONES } from './badge.tsx'
import { FLAG_COLOURS, FlagBadge } from './flag-badge.tsx'

const FLAGS = [1, 2, 3, 4, 5, 6, 7] as const

describe('FlagBadge', () => {
  it('names the flag in words, with a flag in its colour', async () => {
    render(
      <ul>
        {FLAGS.map((flag) => (
          <li key={flag}>
            <FlagBadge flag={flag} />
          </li>
        ))}
      </ul>,
    )
    for (const flag of FLAGS) {
      const badge = screen.getByText(`${FLAG_NAMES[flag]} flag`)
      const glyph = badge.querySelector('svg')
      expect(glyph).toHaveAttribute('aria-hidden', 'true')
      for (const cls of FLAG_COLOURS[flag].split(' ')) expect(glyph).toHaveClass(cls)
    }
    await expectNoAxeViolations()
  })

  it('shows nothing for flag 0 (no flag)', () => {
    const { container } = render(<FlagBadge flag={0} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('draws each flag at 3:1 or more on the badge, light and dark', () => {
    const failures = (['light', 'dark'] as Scheme[]).flatMap((scheme) => {
      const bg = coloursOf(BADGE_TONES.neutral, scheme).bg!
      return FLAGS.flatMap((flag) => {
        const fg = coloursOf(FLAG_COLOURS[flag], scheme).text!
        const ratio = contrast(colourOf(fg), colourOf(bg))
        return ratio >= 3 ? [] : [`${FLAG_NAMES[flag]} (${scheme}): ${ratio.toFixed(2)}`]
      })
    })
    expect(failures).toEqual([])
  })
})
