import { describe, expect, it } from 'vitest'
import { PLANNED_SANDBOX_SCENARIOS } from './planned-sandbox-scenarios.ts'
import { isSandboxScenario } from './sandbox-scenarios.ts'

describe('planned sandbox scenarios', () => {
  it('are not also available: a scenario that ships moves out of the planned list', () => {
    const both = Object.keys(PLANNED_SANDBOX_SCENARIOS).filter(isSandboxScenario)
    expect(both).toEqual([])
  })
})
