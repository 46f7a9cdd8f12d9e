/**
 * The one error the SRS core throws, with a `code` a caller can switch on instead of reading the
 * message (the study store can tell "another tab answered this card" from a bug this way).
 * Modelled on ts-fsrs's FSRSError: a named Error subclass constructed from a code and a readable
 * message. ts-fsrs 5.4 (installed) throws FSRSError/FSRSValidationError without a code; its main
 * branch adds `code` (INVALID_INPUT, VALIDATION_FAILED, …). Our codes are more specific, and
 * carry typed details.
 * @see https://github.com/open-spaced-repetition/ts-fsrs/blob/main/packages/fsrs/src/error.ts
 */

/** What each code carries besides its message. */
export interface SrsErrorDetails {
  /** A grade other than 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy). */
  readonly INVALID_GRADE: { readonly grade: unknown }
  /** A flag other than a whole number 0–7. */
  readonly INVALID_FLAG: { readonly flag: unknown }
  /** Undo was given a review log entry of another card. */
  readonly UNDO_WRONG_CARD: {
    readonly logId: string
    readonly logCardId: string
    readonly cardId: string
  }
  /**
   * The step to undo is not the card's latest change: the card changed since (another tab
   * answered or edited it, or an undo ran there), so undoing the step would lose that change.
   * `logId` names the answer to undo; an edit has none.
   */
  readonly UNDO_NOT_LATEST: { readonly logId?: string; readonly cardId: string }
  /** Learner data (stored or in a backup) that fails its version's schema. */
  readonly INVALID_LEARNER_DATA: { readonly version: number; readonly issues: readonly string[] }
  /** A data version that is not a positive whole number. */
  readonly UNKNOWN_DATA_VERSION: { readonly version: unknown }
  /** Data written by a newer app than this one. */
  readonly NEWER_DATA_VERSION: { readonly version: number; readonly supported: number }
  /** A version this app should be able to read, but no migration step from it exists. */
  readonly NO_MIGRATION: { readonly fromVersion: number }
}

export type SrsErrorCode = keyof SrsErrorDetails

export class SrsError<C extends SrsErrorCode = SrsErrorCode> extends Error {
  override readonly name = 'SrsError'
  readonly code: C
  readonly details: SrsErrorDetails[C]

  constructor(code: C, message: string, details: SrsErrorDetails[C]) {
    super(message)
    this.code = code
    this.details = details
  }
}

/** True for an SrsError, and, when `code` is given, one with that code. */
export function isSrsError<C extends SrsErrorCode>(error: unknown, code?: C): error is SrsError<C> {
  return error instanceof SrsError && (code === undefined || error.code === code)
}
