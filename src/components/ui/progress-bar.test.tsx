import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { ProgressBar } from './progress-bar.tsx'

describe('ProgressBar', () => {
  it('is a named progress bar with its step in words in a live region', async () => {
    render(<ProgressBar label="Optimizing" value={2} max={4} step="Training on your reviews…" />)
    const bar = screen.getByRole('progressbar', { name: 'Optimizing' })
    expect(bar).toHaveAttribute('value', '2')
    expect(bar).toHaveAttribute('max', '4')
    expect(screen.getByRole('status')).toHaveTextContent('Training on your reviews…')
    await expectNoAxeViolations()
  })
})
