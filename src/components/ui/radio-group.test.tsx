import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { RadioGroup } from './radio-group.tsx'

type Mode = 'tag' | 'cram' | 'overdue'

function Choice({ onChange }: { onChange?: (mode: Mode) => void }) {
  const [mode, setMode] = useState<Mode>('tag')
  return (
    <RadioGroup
      legend="What to study"
      value={mode}
      onChange={(next) => {
        setMode(next)
        onChange?.(next)
      }}
      options={[
        { value: 'tag', label: "Today's cards with a tag" },
        { value: 'cram', label: 'Cram: review ahead' },
        { value: 'overdue', label: 'Only overdue reviews' },
      ]}
    />
  )
}

describe('RadioGroup', () => {
  it('names the group by its legend and each choice by its label', async () => {
    render(<Choice />)
    const group = screen.getByRole('group', { name: 'What to study' })
    expect(group).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: "Today's cards with a tag" })).toBeChecked()
    expect(screen.getAllByRole('radio')).toHaveLength(3)
    await expectNoAxeViolations()
  })

  it('changes the choice by click and by arrow key, one choice at a time', async () => {
    const user = userEvent.setup()
    const chosen: Mode[] = []
    render(<Choice onChange={(mode) => chosen.push(mode)} />)
    await user.click(screen.getByLabelText('Cram: review ahead'))
    expect(screen.getByRole('radio', { name: 'Cram: review ahead' })).toBeChecked()
    expect(screen.getByRole('radio', { name: "Today's cards with a tag" })).not.toBeChecked()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: 'Only overdue reviews' })).toBeChecked()
    expect(chosen).toEqual(['cram', 'overdue'])
  })
})
