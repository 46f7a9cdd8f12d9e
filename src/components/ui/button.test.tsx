import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Button } from './button.tsx'

describe('Button', () => {
  it('renders each variant as a button that acts on click', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    render(
      <>
        <Button variant="primary" onClick={() => onClick('primary')}>
          Save settings
        </Button>
        <Button onClick={() => onClick('secondary')}>Export backup</Button>
        <Button variant="danger" onClick={() => onClick('danger')}>
          Delete all progress
        </Button>
        <Button variant="text" onClick={() => onClick('text')}>
          Undo
        </Button>
      </>,
    )
    for (const [name, variant] of [
      ['Save settings', 'primary'],
      ['Export backup', 'secondary'],
      ['Delete all progress', 'danger'],
      ['Undo', 'text'],
    ]) {
      await user.click(screen.getByRole('button', { name }))
      expect(onClick).toHaveBeenLastCalledWith(variant)
    }
    await expectNoAxeViolations()
  })

  it('never submits a form unless it is a submit button', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault())
    render(
      <form onSubmit={(e) => onSubmit(e.nativeEvent)}>
        <Button>Preview</Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    )
    await user.click(screen.getByRole('button', { name: 'Preview' }))
    expect(onSubmit).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('ignores clicks when disabled', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    render(
      <Button disabled onClick={onClick}>
        Create key
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Create key' })
    expect(button).toBeDisabled()
    await user.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  it('ignores clicks and submits while busy, but keeps focus', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault())
    render(
      <form onSubmit={(e) => onSubmit(e.nativeEvent)}>
        <Button type="submit" variant="primary" busy onClick={onClick}>
          Create key
        </Button>
      </form>,
    )
    const button = screen.getByRole('button', { name: 'Create key' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await user.click(button)
    await user.keyboard('{Enter}')
    expect(onClick).not.toHaveBeenCalled()
    expect(onSubmit).not.toHaveBeenCalled()
    expect(button).toHaveFocus()
    await expectNoAxeViolations()
  })
})
