import { Callout } from '@/components/ui/callout.tsx'
import type { StepOutcome } from '@/core/scenarios/index.ts'
import { errorViewOf } from '@/stores/sandbox-scenario.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'
import { ScenarioCalls } from './scenario-calls.tsx'

/**
 * What a step did: the facts that matter, each error the step set out to show (the lesson, with
 * why it happened), the error that stopped it if one did, and every call it made.
 */
export function ScenarioOutcome({ outcome, label }: { outcome: StepOutcome; label: string }) {
  const lessons = outcome.calls.filter((call) => call.expected && call.error !== undefined)
  return (
    <div className="space-y-3">
      {outcome.facts.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-sm break-words">
          {outcome.facts.map((fact, i) => (
            <li key={i}>{fact}</li>
          ))}
        </ul>
      )}
      {lessons.map((call, i) => {
        const error = call.error
        if (error === undefined) return null
        const view = errorViewOf(error, call)
        return (
          <Callout key={i} tone="success" headingLevel={4} title={`As expected: ${error.name}`}>
            <p>
              <span className="font-mono">{call.operation}</span> answered{' '}
              <strong className="font-mono">{error.name}</strong>
              {error.message ? `: ${error.message}` : ' (AWS sends this one with no message)'}
            </p>
            {view.explanation && <p>{view.explanation.why}</p>}
          </Callout>
        )
      })}
      {outcome.failure !== undefined && (
        <SandboxErrorAlert
          error={errorViewOf(
            outcome.failure,
            outcome.calls.find((call) => call.error?.name === outcome.failure?.name),
          )}
        />
      )}
      <ScenarioCalls calls={outcome.calls} label={label} />
    </div>
  )
}
