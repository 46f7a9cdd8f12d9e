import { expect } from 'vitest'
import { SrsError, type SrsErrorCode, type SrsErrorDetails } from '../srs-error.ts'

/**
 * Runs `fn`, which must throw an SrsError with `code` (and, when given, these details); returns
 * it. Tests assert the code and details, not the wording of the message.
 */
export function expectSrsError<C extends SrsErrorCode>(
  fn: () => unknown,
  code: C,
  details?: SrsErrorDetails[C],
): SrsError<C> {
  let thrown: unknown
  try {
    fn()
  } catch (error) {
    thrown = error
  }
  expect(thrown, `expected SrsError ${code}, but nothing was thrown`).toBeInstanceOf(SrsError)
  const error = thrown as SrsError<C>
  expect(error.code).toBe(code)
  if (details !== undefined) expect(error.details).toEqual(details)
  return error
}
