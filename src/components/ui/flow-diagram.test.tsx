import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { FlowDiagram, type FlowBox } from './flow-diagram.tsx'

const BOXES: readonly FlowBox[] = [
  { id: 'a', label: 'GenerateDataKey', lane: 'service', laneLabel: 'KMS' },
  { id: 'b', label: 'Encrypt', lane: 'local', laneLabel: 'Browser' },
  { id: 'c', label: 'Decrypt', lane: 'service', laneLabel: 'KMS' },
]

describe('FlowDiagram', () => {
  it('lists the boxes in order, the current one marked and the ones before it done', async () => {
    const { container } = render(<FlowDiagram label="The flow" boxes={BOXES} current={1} />)
    const items = within(screen.getByRole('list', { name: 'The flow' })).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      '1. KMS · doneGenerateDataKey',
      '2. BrowserEncrypt',
      '3. KMSDecrypt',
    ])
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step', null])
    await expectNoAxeViolations(container)
  })
})
