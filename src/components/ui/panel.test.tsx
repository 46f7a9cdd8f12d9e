import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Panel } from './panel.tsx'

describe('Panel', () => {
  it('is a region named by its heading, at the level the page needs', async () => {
    render(
      <>
        <h1>Backup and settings</h1>
        <Panel title="Backup" id="backup">
          <p>Your progress is stored only in this browser.</p>
          <Panel title="Start over" headingLevel={3}>
            <p>Delete all study progress.</p>
          </Panel>
        </Panel>
      </>,
    )
    const backup = screen.getByRole('region', { name: 'Backup' })
    expect(backup).toHaveAttribute('id', 'backup')
    expect(screen.getByRole('heading', { level: 2, name: 'Backup' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Start over' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Start over' })).toBeInTheDocument()
    await expectNoAxeViolations()
  })
})
