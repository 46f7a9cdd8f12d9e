import {
  AccessDeniedException,
  KmsError,
  toWireJson,
  type Kms,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type ServiceCallOptions,
} from '../kms/index.ts'
import type {
  RecordedCall,
  RecordedError,
  ScenarioAccount,
  ScenarioNotes,
  StepContext,
} from './scenario.ts'

/** What a step (or a setup) did: its calls, its facts, the notes for the next steps. */
export interface StepOutcome {
  readonly calls: readonly RecordedCall[]
  readonly facts: readonly string[]
  readonly notes: ScenarioNotes
  /** Set when the step could not finish: the error that stopped it (an AWS error, or a bug). */
  readonly failure?: RecordedError
}

/**
 * Members never shown or kept: a plaintext data key (GenerateDataKey's `Plaintext`), the
 * private key of a data key pair. The sandbox shows them nowhere outside the key page's one-time
 * view (issue 12: the data key never rests).
 */
const WITHHELD: Readonly<Record<string, readonly string[]>> = {
  GenerateDataKey: ['Plaintext'],
  GenerateDataKeyPair: ['PrivateKeyPlaintext'],
}

/** The value shown in place of a withheld member. */
export const WITHHELD_VALUE = '(withheld: a plaintext key is never shown or kept here)'

const wire = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(toWireJson(value)) as unknown)

function withholding(operation: string, body: unknown, secret: readonly string[] = []): unknown {
  const members = [...(WITHHELD[operation] ?? []), ...secret]
  if (members.length === 0 || typeof body !== 'object' || body === null) return body
  const kept: Record<string, unknown> = { ...(body as Record<string, unknown>) }
  for (const member of members) if (Object.hasOwn(kept, member)) kept[member] = WITHHELD_VALUE
  return kept
}

export function recordedErrorOf(thrown: unknown): RecordedError {
  if (thrown instanceof AccessDeniedException) {
    return {
      name: thrown.name,
      message: thrown.message,
      ...(thrown.decision !== undefined && { decision: thrown.decision }),
      ...(thrown.explanation !== undefined && { why: thrown.explanation }),
    }
  }
  if (thrown instanceof KmsError) return { name: thrown.name, message: thrown.message }
  if (thrown instanceof Error) return { name: thrown.name, message: thrown.message }
  return { name: 'Error', message: String(thrown) }
}

/** Thrown by `expectError` when the call did not fail as the lesson needs. */
export class UnexpectedOutcome extends Error {
  override readonly name = 'UnexpectedOutcome'
}

/**
 * Runs one step's (or a setup's) code on the account with the notes kept so far. Never throws:
 * a call that fails stops the step, and the outcome says with which error.
 */
export async function runStep(
  account: ScenarioAccount,
  notes: ScenarioNotes,
  body: (ctx: StepContext) => Promise<void>,
): Promise<StepOutcome> {
  const calls: RecordedCall[] = []
  const facts: string[] = []
  const kept: Record<string, string> = { ...notes }
  const root = account.kms.rootArn
  // The error of the call in flight inside `expectError`, recorded there as expected.
  let expecting = false

  /** One KMS call on one Region's simulator, recorded as on the wire (naming a Region not the home one). */
  async function callIn<N extends OperationName>(
    simulator: Kms,
    operation: N,
    input: OperationInput<N>,
    caller: string | undefined,
    options: ServiceCallOptions = {},
  ): Promise<OperationOutput<N>> {
    const request = wire(input)
    const as = caller ?? root
    const region = simulator === account.kms ? {} : { region: simulator.region }
    const via = options.viaService === undefined ? {} : { viaService: options.viaService }
    try {
      const output = await simulator.call<N>(operation, input, as, via)
      calls.push({
        service: 'kms',
        operation,
        caller: as,
        ...region,
        ...via,
        request,
        response: withholding(operation, wire(output), options.secret),
      })
      return output
    } catch (thrown) {
      calls.push({
        service: 'kms',
        operation,
        caller: as,
        ...region,
        ...via,
        request,
        error: recordedErrorOf(thrown),
        ...(expecting && { expected: true }),
      })
      throw thrown
    }
  }

  const ctx: StepContext = {
    account,
    root,
    kms: (operation, input, caller, options) =>
      callIn(account.kms, operation, input, caller, options),
    kmsIn(region, operation, input, caller) {
      const simulator = [account.kms, account.otherRegion].find((k) => k?.region === region)
      if (simulator === undefined) {
        throw new UnexpectedOutcome(
          `This account has no Region ${region} in the sandbox: open the sandbox again to start it.`,
        )
      }
      return callIn(simulator, operation, input, caller)
    },
    async expectError(errorName, call) {
      expecting = true
      try {
        await call()
      } catch (thrown) {
        const error = recordedErrorOf(thrown)
        if (error.name === errorName) return error
        throw thrown
      } finally {
        expecting = false
      }
      throw new UnexpectedOutcome(
        `This step expected ${errorName}, but the call succeeded: the account changed since the scenario set it up. Open the scenario again to set it up afresh.`,
      )
    },
    async tolerate(errorName, call) {
      expecting = true
      try {
        return await call()
      } catch (thrown) {
        if (recordedErrorOf(thrown).name === errorName) return undefined
        throw thrown
      } finally {
        expecting = false
      }
    },
    record(call) {
      calls.push({ ...call, caller: call.caller ?? root })
    },
    fact(text) {
      facts.push(text)
    },
    note(name, value) {
      kept[name] = value
    },
    read(name) {
      const value = kept[name]
      if (value === undefined) {
        throw new UnexpectedOutcome(
          `An earlier step did not run (nothing noted as “${name}”): go back and run it first.`,
        )
      }
      return value
    },
  }

  try {
    await body(ctx)
    return { calls, facts, notes: kept }
  } catch (thrown) {
    // An error the step expected but of another name was recorded as expected: it was not.
    const last = calls.at(-1)
    if (last?.expected === true && last.error !== undefined) {
      const { expected: _wrong, ...call } = last
      calls[calls.length - 1] = call
    }
    return { calls, facts, notes: kept, failure: recordedErrorOf(thrown) }
  }
}
