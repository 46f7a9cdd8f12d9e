import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Checkbox } from './checkbox.tsx'

describe('Checkbox', () => {
  it('is named by its label, described by its hint, and toggles from the label too', async () => {
    const user = userEvent.setup()
    render(
      <Checkbox
        label="Spread out cards learned together"
        hint="Adds a little randomness to intervals."
        name="enableFuzz"
        defaultChecked
      />,
    )
    const box = screen.getByRole('checkbox', { name: 'Spread out cards learned together' })
    expect(box).toBeChecked()
    expect(box).toHaveAccessibleDescription('Adds a little randomness to intervals.')
    expect(box).not.toBeInvalid()
    await user.click(screen.getByText('Spread out cards learned together'))
    expect(box).not.toBeChecked()
    await user.keyboard(' ')
    expect(box).toBeChecked()
    await expectNoAxeViolations()
  })

  it('makes an error its error message and marks it invalid', async () => {
    render(<Checkbox label="I have exported a backup" error="Export a backup first." />)
    const box = screen.getByRole('checkbox', { name: 'I have exported a backup' })
    expect(box).toBeInvalid()
    expect(box).toHaveAccessibleErrorMessage('Export a backup first.')
    expect(box).toHaveAccessibleDescription('Export a backup first.')
    await expectNoAxeViolations()
  })
})
