/**
 * The guided scenarios of the sandbox (issue 11, item 10), by the name a card's `try:` gives.
 * `envelope` is the envelope walkthrough's own screen (issue 12), not a step list here.
 */
import type { SandboxScenario } from '../deck/sandbox-scenarios.ts'
import { aliasesScenario } from './aliases.ts'
import { asymmetricKeysScenario } from './asymmetric-keys.ts'
import { auditTrailScenario } from './audit-trail.ts'
import { awsManagedKeysScenario } from './aws-managed-keys.ts'
import { awsServiceGrantsScenario } from './aws-service-grants.ts'
import { createKeyScenario } from './create-key.ts'
import { encryptLimitsScenario } from './encrypt-limits.ts'
import { encryptionContextScenario } from './encryption-context.ts'
import { grantsScenario } from './grants.ts'
import { hmacKeysScenario } from './hmac-keys.ts'
import { importedKeyMaterialScenario } from './imported-key-material.ts'
import { keyPolicyScenario } from './key-policy.ts'
import { keyStatesScenario } from './key-states.ts'
import { multiRegionKeysScenario } from './multi-region-keys.ts'
import { rotationScenario } from './rotation.ts'
import type { Scenario } from './scenario.ts'

export type GuidedScenarioName = Exclude<SandboxScenario, 'envelope'>

export const GUIDED_SCENARIOS: Readonly<Record<GuidedScenarioName, Scenario>> = {
  'create-key': createKeyScenario,
  aliases: aliasesScenario,
  'key-policy': keyPolicyScenario,
  rotation: rotationScenario,
  'key-states': keyStatesScenario,
  'encryption-context': encryptionContextScenario,
  'aws-managed-keys': awsManagedKeysScenario,
  'asymmetric-keys': asymmetricKeysScenario,
  'hmac-keys': hmacKeysScenario,
  grants: grantsScenario,
  'audit-trail': auditTrailScenario,
  'encrypt-limits': encryptLimitsScenario,
  'imported-key-material': importedKeyMaterialScenario,
  'multi-region-keys': multiRegionKeysScenario,
  'aws-service-grants': awsServiceGrantsScenario,
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
