/**
 * AWS KMS key states as the sandbox teaches them: the ones a key of the sandbox passes through,
 * what each allows, and the calls that move a key between them.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
import type { KeyState } from '@/core/kms/index.ts'

/** A state on the diagram: the three the sandbox simulates, and the end of a key. */
export type DiagramState = Extract<KeyState, 'Enabled' | 'Disabled' | 'PendingDeletion'> | 'Deleted'

export const DIAGRAM_STATES: readonly DiagramState[] = [
  'Enabled',
  'Disabled',
  'PendingDeletion',
  'Deleted',
]

/** What a key in each state allows, in a sentence or two. */
export const STATE_ALLOWS: Readonly<Record<DiagramState, string>> = {
  Enabled:
    'Everything its key usage allows: encrypt and decrypt (or sign, or MACs), data keys, rotation, aliases, tags and policy changes.',
  Disabled:
    'No cryptographic operation (they fail with DisabledException) and no rotation change; it can still be described, enabled again, tagged, aliased, given a new policy or scheduled for deletion. Its ciphertexts wait: they decrypt again once it is enabled.',
  PendingDeletion:
    'Almost nothing: cryptographic operations, EnableKey, DisableKey, new aliases and tags fail with KMSInvalidStateException. CancelKeyDeletion, DescribeKey, the key policy and the List operations still work. When the waiting period ends, KMS deletes it.',
  Deleted:
    'Nothing, ever again: the key, all its key material and its aliases are gone, and whatever it encrypted can no longer be decrypted.',
}

export interface Transition {
  readonly from: DiagramState
  readonly to: DiagramState
  /** The API call, or what happens by itself. */
  readonly by: string
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'Enabled', to: 'Disabled', by: 'DisableKey' },
  { from: 'Disabled', to: 'Enabled', by: 'EnableKey' },
  { from: 'Enabled', to: 'PendingDeletion', by: 'ScheduleKeyDeletion' },
  { from: 'Disabled', to: 'PendingDeletion', by: 'ScheduleKeyDeletion' },
  { from: 'PendingDeletion', to: 'Disabled', by: 'CancelKeyDeletion' },
  { from: 'PendingDeletion', to: 'Deleted', by: 'the waiting period ends' },
]

/** The diagram's description for screen readers: every state change, then where the key is. */
export function describeDiagram(current: KeyState): string {
  const moves = TRANSITIONS.map((t) =>
    t.by.startsWith('the ')
      ? `from ${t.from} to ${t.to} when ${t.by}`
      : `from ${t.from} to ${t.to} by ${t.by}`,
  )
  return `Key states of AWS KMS: ${moves.join('; ')}. This key is ${current}.`
}
