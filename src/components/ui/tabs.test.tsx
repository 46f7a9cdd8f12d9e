import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Tabs, type Tab } from './tabs.tsx'

const TABS: readonly [Tab, ...Tab[]] = [
  { id: 'console', label: 'Console', panel: <p>Choose the key in the console.</p> },
  { id: 'cli', label: 'CLI', panel: <p>aws kms encrypt --key-id alias/orders</p> },
  { id: 'sdk', label: 'SDK', panel: <p>new EncryptCommand({'{ KeyId }'})</p> },
]

function selectedTab() {
  return screen.getByRole('tab', { selected: true })
}

describe('Tabs', () => {
  it('shows the first tab’s panel, named by its tab, and the others hidden', async () => {
    render(<Tabs label="Ways to call Encrypt" tabs={TABS} />)
    expect(screen.getByRole('tablist', { name: 'Ways to call Encrypt' })).toBeInTheDocument()
    expect(selectedTab()).toHaveAccessibleName('Console')
    const panel = screen.getByRole('tabpanel', { name: 'Console' })
    expect(panel).toHaveTextContent('Choose the key in the console.')
    expect(selectedTab()).toHaveAttribute('aria-controls', panel.id)
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1)
    await expectNoAxeViolations()
  })

  it('is one tab stop; arrows move and select, wrapping; Home and End jump', async () => {
    const user = userEvent.setup()
    render(
      <>
        <button type="button">Before</button>
        <Tabs label="Ways to call Encrypt" tabs={TABS} />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Before' }))
    await user.tab()
    expect(screen.getByRole('tab', { name: 'Console' })).toHaveFocus()
    // The other tabs are not tab stops: Tab goes on to the panel, Shift+Tab comes back.
    await user.tab()
    expect(screen.getByRole('tabpanel', { name: 'Console' })).toHaveFocus()
    await user.tab({ shift: true })
    expect(screen.getByRole('tab', { name: 'Console' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'CLI' })).toHaveFocus()
    expect(selectedTab()).toHaveAccessibleName('CLI')
    expect(screen.getByRole('tabpanel', { name: 'CLI' })).toHaveTextContent('aws kms encrypt')
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(selectedTab()).toHaveAccessibleName('Console')
    await user.keyboard('{ArrowLeft}')
    expect(selectedTab()).toHaveAccessibleName('SDK')
    await user.keyboard('{Home}')
    expect(selectedTab()).toHaveAccessibleName('Console')
    await user.keyboard('{End}')
    expect(selectedTab()).toHaveAccessibleName('SDK')
    expect(selectedTab()).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('tabpanel', { name: 'SDK' })).toHaveFocus()
    await expectNoAxeViolations()
  })

  it('selects a tab on click, and lets the screen hold the selection', async () => {
    const user = userEvent.setup()
    const seen: string[] = []
    function Held() {
      const [value, setValue] = useState('cli')
      return (
        <Tabs
          label="Ways to call Encrypt"
          tabs={TABS}
          value={value}
          onValueChange={(id) => {
            seen.push(id)
            setValue(id)
          }}
        />
      )
    }
    render(<Held />)
    expect(selectedTab()).toHaveAccessibleName('CLI')
    await user.click(screen.getByRole('tab', { name: 'SDK' }))
    expect(selectedTab()).toHaveAccessibleName('SDK')
    expect(seen).toEqual(['sdk'])
  })
})
