/**
 * A guided sandbox scenario (issue 11, item 10): a short sequence of steps, each a sentence and a
 * button that makes real calls on the learner's simulated account. A scenario first sets up what
 * it needs (a card's "Try it" link opens it ready: the rotation scenario on a key with rotation
 * on), then its steps run in order, each one reading what the earlier ones noted down.
 */
import type {
  AccessDenied,
  Kms,
  OperationInput,
  OperationName,
  OperationOutput,
  ServiceCallOptions,
} from '../kms/index.ts'

/** The account a scenario works on: the simulator and the account's simulated clock. */
export interface ScenarioAccount {
  readonly kms: Kms
  /**
   * A second Region of the same account, joined to `kms` (`createKms({ sameAccountAs })`): where
   * the multi-Region scenario puts its replica. Absent on an account of one Region.
   */
  readonly otherRegion?: Kms
  /** The account's time (epoch ms), as the simulator sees it. */
  now(): number
  /** Moves the account's clock `ms` ahead and applies the rotations and deletions now due. */
  advanceClock(ms: number): Promise<void>
}

/** An error a call answered with, as AWS names it. */
export interface RecordedError {
  readonly name: string
  readonly message: string
  /** For AccessDeniedException: the simulator's decision and its sentence (never on the wire). */
  readonly decision?: AccessDenied
  readonly why?: string
}

/**
 * One call a step made, shown as it went over the wire (blobs base64, dates epoch seconds). The
 * simulator's KMS calls, and the IAM, CloudTrail and clock actions a scenario needs besides.
 */
export interface RecordedCall {
  readonly service: 'kms' | 'iam' | 'cloudtrail' | 'clock'
  readonly operation: string
  /** The principal ARN the call was made as. */
  readonly caller: string
  /** The Region called when it is not the account's home Region (a replica's, say). */
  readonly region?: string
  /** The AWS service that made the call on the caller's behalf (kms:ViaService), if one did. */
  readonly viaService?: string
  readonly request: unknown
  readonly response?: unknown
  readonly error?: RecordedError
  /** The step made this call to show this error: it is the lesson, not a failure. */
  readonly expected?: boolean
}

/** What a scenario notes down for its later steps: ids, ARNs, base64 ciphertexts. */
export type ScenarioNotes = Readonly<Record<string, string>>

/** What a step's code can do: calls recorded, facts shown, notes kept for the next steps. */
export interface StepContext {
  readonly account: ScenarioAccount
  /** The account root's ARN, the caller unless a call names another. */
  readonly root: string
  /**
   * A KMS call; throws its KmsError (the step then fails and shows it). `options.viaService`
   * makes it a call an AWS service makes on the caller's behalf; `options.secret` names response
   * members withheld from the record (a volume key's plaintext).
   */
  kms<N extends OperationName>(
    operation: N,
    input: OperationInput<N>,
    caller?: string,
    options?: ServiceCallOptions,
  ): Promise<OperationOutput<N>>
  /** A KMS call in the named Region of the account (the home one or `account.otherRegion`). */
  kmsIn<N extends OperationName>(
    region: string,
    operation: N,
    input: OperationInput<N>,
    caller?: string,
  ): Promise<OperationOutput<N>>
  /** A KMS call that must fail with `errorName`; resolves to the error, recorded as expected. */
  expectError(errorName: string, call: () => Promise<unknown>): Promise<RecordedError>
  /**
   * A KMS call that may fail with `errorName` (a lookup of what may not exist yet): resolves to
   * undefined then, the error recorded as expected.
   */
  tolerate<T>(errorName: string, call: () => Promise<T>): Promise<T | undefined>
  /** Records an action outside KMS (IAM, CloudTrail, the clock) with what it returned. */
  record(call: Omit<RecordedCall, 'caller'> & { caller?: string }): void
  /** A line for the learner under the step: what came back that matters. */
  fact(text: string): void
  /** Keeps a value for the later steps. */
  note(name: string, value: string): void
  /** A value an earlier step (or the setup) kept. */
  read(name: string): string
}

/** One step: a title, one or two sentences, a button, and the calls behind it. */
export interface ScenarioStep {
  readonly title: string
  /** What the call does and why it matters, in one or two sentences. */
  readonly explain: string
  /** The button's label: what pressing it does ("Rotate on demand"). */
  readonly action: string
  run(ctx: StepContext): Promise<void>
}

export interface Scenario {
  readonly title: string
  /** What the scenario shows, in a sentence, above its first step. */
  readonly summary: string
  /**
   * Brings the account to where the first step starts, reusing what an earlier visit made
   * (found by its alias) when it is still fit, and says what it did with `fact`.
   */
  setup(ctx: StepContext): Promise<void>
  readonly steps: readonly ScenarioStep[]
}
