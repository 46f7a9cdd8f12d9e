import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Callout } from './callout.tsx'

describe('Callout', () => {
  it('is a note named by its heading, read in place rather than announced', async () => {
    render(
      <article aria-label="A card">
        <Callout title="Changed at AWS · May 2022" headingLevel={3}>
          <p>Rotation of AWS managed keys went from three years to one.</p>
        </Callout>
      </article>,
    )
    const note = screen.getByRole('complementary', { name: 'Changed at AWS · May 2022' })
    expect(note).toHaveTextContent('Rotation of AWS managed keys went from three years to one.')
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Changed at AWS')
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    await expectNoAxeViolations()
  })
})
