import { CodeBlock } from '@/components/ui/code-block.tsx'
import { Disclosure } from '@/components/ui/disclosure.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { callerName } from '@/core/kms/index.ts'
import type { RecordedCall } from '@/core/scenarios/index.ts'

/** Base64 longer than this is shortened on screen (a 4 KB plaintext is 5,464 characters). */
const LONG_TEXT = 160

/** Long strings cut to their start and length, so a request stays readable on a projector. */
function shortened(value: unknown): unknown {
  if (typeof value === 'string' && value.length > LONG_TEXT) {
    return `${value.slice(0, 60)}… (${value.length.toLocaleString('en')} characters)`
  }
  if (Array.isArray(value)) return value.map(shortened)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortened(v)]))
  }
  return value
}

const SERVICE_NAMES: Readonly<Record<RecordedCall['service'], string>> = {
  kms: 'KMS',
  iam: 'IAM',
  cloudtrail: 'CloudTrail',
  clock: 'Sandbox clock',
}

function callLine(call: RecordedCall): string {
  const outcome =
    call.error === undefined ? 'OK' : `${call.error.name}${call.expected ? ' (expected)' : ''}`
  const where = call.region === undefined ? '' : ` in ${call.region}`
  const via = call.viaService === undefined ? '' : ` via ${call.viaService}`
  return `${SERVICE_NAMES[call.service]} ${call.operation}${where} as ${callerName(call.caller)}${via}: ${outcome}`
}

/**
 * Every call a step made, each with its request and response as the AWS SDK sends and receives
 * them (an error as `{"__type", "message"}`), folded away under one line per call.
 */
export function ScenarioCalls({ calls, label }: { calls: readonly RecordedCall[]; label: string }) {
  if (calls.length === 0) return null
  return (
    <Disclosure summary={`${label} (${calls.length} ${calls.length === 1 ? 'call' : 'calls'})`}>
      <ol className="space-y-3">
        {calls.map((call, i) => (
          <li key={i} className="space-y-2">
            <p className="font-mono text-xs break-words">{callLine(call)}</p>
            <CodeBlock label={`Request ${i + 1}`} json={shortened(call.request)} wrap />
            {call.error === undefined ? (
              call.response !== undefined && (
                <CodeBlock label={`Response ${i + 1}`} json={shortened(call.response)} wrap />
              )
            ) : (
              <CodeBlock
                label={`Error ${i + 1}`}
                json={{ __type: call.error.name, message: call.error.message }}
                wrap
              />
            )}
          </li>
        ))}
      </ol>
      <p className={`mt-2 text-xs ${MUTED_TEXT}`}>
        Long values are shortened here; the calls went whole to the simulator.
      </p>
    </Disclosure>
  )
}
