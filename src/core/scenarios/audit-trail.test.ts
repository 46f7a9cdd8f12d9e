import { describe, expect, it } from 'vitest'
import { auditTrailScenario } from './audit-trail.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

const ROOT = 'arn:aws:iam::111122223333:root'
const WHEN = '2026-12-06 00:00 UTC'

describe('the audit-trail scenario', () => {
  it('shows the three calls as the trail recorded them, the failed one with its error', async () => {
    const { steps } = await runToEnd(createScenarioAccount(), auditTrailScenario)
    expect(steps[3]?.facts).toEqual([
      '3 newest events, newest first:',
      `${WHEN} · ${ROOT} · Decrypt · succeeded`,
      `${WHEN} · ${ROOT} · Decrypt · InvalidCiphertextException`,
      `${WHEN} · ${ROOT} · Encrypt · succeeded`,
    ])
    expect(steps[3]?.calls).toMatchObject([{ service: 'cloudtrail', operation: 'LookupEvents' }])
    expect(steps[4]?.facts).toContain(
      'encryptionContext recorded: {"purpose":"audit-demo","team":"payments"}',
    )
    expect(steps[4]?.facts).toContain('requestParameters: keyId, encryptionContext (no plaintext)')
    // CloudTrail records no response for a cryptographic operation.
    expect(steps[4]?.facts).toContain('responseElements: null')
  })

  it('never shows the plaintext in the events it read', async () => {
    const { steps } = await runToEnd(createScenarioAccount(), auditTrailScenario)
    const read = JSON.stringify([steps[3]?.calls, steps[4]?.calls])
    expect(read).toContain('audit-demo')
    expect(read).not.toContain('a secret only you see')
  })

  it('shows only this visit’s calls on the next visit', async () => {
    const account = createScenarioAccount()
    await runToEnd(account, auditTrailScenario)
    const again = await runToEnd(account, auditTrailScenario)
    expect(again.steps[3]?.facts).toHaveLength(4)
    expect(again.steps[3]?.facts.at(-1)).toMatch(/Encrypt · succeeded$/)
  })
})
