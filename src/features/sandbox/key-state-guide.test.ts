import { describe, expect, it } from 'vitest'
import { describeDiagram, DIAGRAM_STATES, STATE_ALLOWS, TRANSITIONS } from './key-state-guide.ts'

describe('the key state guide', () => {
  it('says what every state allows, and every state is reached or left by a state change', () => {
    for (const state of DIAGRAM_STATES) {
      expect(STATE_ALLOWS[state]).toMatch(/\.$/)
      expect(TRANSITIONS.some((t) => t.from === state || t.to === state)).toBe(true)
    }
  })

  it('follows AWS: cancelling a deletion leaves the key Disabled, and Deleted is the end', () => {
    expect(TRANSITIONS.find((t) => t.by === 'CancelKeyDeletion')?.to).toBe('Disabled')
    expect(TRANSITIONS.filter((t) => t.from === 'Deleted')).toEqual([])
    expect(TRANSITIONS.filter((t) => t.by === 'ScheduleKeyDeletion').map((t) => t.from)).toEqual([
      'Enabled',
      'Disabled',
    ])
  })

  it('describes the diagram in words, with the key’s state', () => {
    const text = describeDiagram('Disabled')
    expect(text).toContain('from PendingDeletion to Disabled by CancelKeyDeletion')
    expect(text).toContain('from PendingDeletion to Deleted when the waiting period ends')
    expect(text).toMatch(/This key is Disabled\.$/)
  })
})
