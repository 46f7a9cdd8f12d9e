/**
 * The guided scenarios of the sandbox (issue 11, item 10), by the name a card's `try:` gives.
 * `envelope` is the envelope walkthrough's own screen (issue 12), not a step list here.
 */
import type { SandboxScenario } from '../deck/sandbox-scenarios.ts'
import { awsManagedKeysScenario } from './aws-managed-keys.ts'
import { auditTrailScenario } from './audit-trail.ts'
import { encryptionContextScenario } from './encryption-context.ts'
import { keyPolicyScenario } from './key-policy.ts'
import { rotationScenario } from './rotation.ts'
import type { Scenario } from './scenario.ts'

export type GuidedScenarioName = Exclude<SandboxScenario, 'envelope'>

export const GUIDED_SCENARIOS: Readonly<Partial<Record<GuidedScenarioName, Scenario>>> = {
  'key-policy': keyPolicyScenario,
  rotation: rotationScenario,
  'encryption-context': encryptionContextScenario,
  'aws-managed-keys': awsManagedKeysScenario,
  'audit-trail': auditTrailScenario,
}

export function guidedScenario(name: string): Scenario | undefined {
  return Object.hasOwn(GUIDED_SCENARIOS, name)
    ? GUIDED_SCENARIOS[name as GuidedScenarioName]
    : undefined
}

export type {
  RecordedCall,
  RecordedError,
  Scenario,
  ScenarioAccount,
  ScenarioNotes,
  ScenarioStep,
  StepContext,
} from './scenario.ts'
export { runStep, WITHHELD_VALUE, type StepOutcome } from './run-step.ts'
