import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Stepper, type Step } from './stepper.tsx'

const STEPS: readonly Step[] = [
  { id: 'type', label: 'Key type' },
  { id: 'spec', label: 'Key spec' },
  { id: 'review', label: 'Review' },
]

function Wizard({ start }: { start: number }) {
  const [current, setCurrent] = useState(start)
  return (
    <Stepper label="Steps to create a key" steps={STEPS} current={current} onSelect={setCurrent} />
  )
}

describe('Stepper', () => {
  it('lists the steps in order and marks the current one', async () => {
    render(<Stepper label="Steps to create a key" steps={STEPS} current={1} />)
    const nav = screen.getByRole('navigation', { name: 'Steps to create a key' })
    const items = within(nav).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      '1Key type(done)',
      '2Key spec',
      '3Review',
    ])
    expect(within(items[1]!).getByText('Key spec').closest('[aria-current]')).toHaveAttribute(
      'aria-current',
      'step',
    )
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1)
    // Without onSelect nothing is a control.
    expect(within(nav).queryByRole('button')).toBeNull()
    await expectNoAxeViolations()
  })

  it('makes each step done a button back to it, and none of the steps ahead', async () => {
    const user = userEvent.setup()
    render(<Wizard start={2} />)
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '1Key type(done)',
      '2Key spec(done)',
    ])
    await user.click(screen.getByRole('button', { name: /Key spec/ }))
    expect(screen.getByText('Key spec').closest('span[aria-current]')).toHaveAttribute(
      'aria-current',
      'step',
    )
    // Review is now ahead: text, not a way to skip there.
    expect(screen.getAllByRole('button')).toHaveLength(1)
    await user.keyboard('{Shift>}{Tab}{/Shift}')
    expect(screen.getByRole('button', { name: /Key type/ })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('button')).toBeNull()
    await expectNoAxeViolations()
  })
})
