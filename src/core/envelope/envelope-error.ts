/**
 * Typed failures of the envelope format. Two kinds, so callers can tell "this is not (a
 * supported version of) our format" from "this is our format but someone changed it".
 * Both carry a machine-readable `code` the UI and tests can switch on.
 */

/** Why bytes are not a well-formed envelope (bad magic, unknown version, bad length fields). */
export type EnvelopeFormatProblem = 'magic' | 'version' | 'algorithm' | 'header' | 'frame'

/** Why a well-formed envelope failed authentication or a caller's expectation. */
export type EnvelopeIntegrityProblem =
  | 'data-key' // KMS refused the header's key ARN / context / encrypted data key combination
  | 'header-tag' // the header auth tag does not verify: a header byte was changed
  | 'frame-tag' // a frame's GCM tag does not verify: a ciphertext, tag or frame-header byte changed
  | 'frame-order' // a frame is out of place: reordered, duplicated or missing
  | 'truncated' // the stream ended before the final frame
  | 'trailing-data' // bytes after the final frame
  | 'context-mismatch' // the encryption context differs from the one the caller expected
  | 'key-mismatch' // the KMS key differs from the one the caller expected

export class EnvelopeError extends Error {
  override readonly name: string = 'EnvelopeError'
}

export class EnvelopeFormatError extends EnvelopeError {
  override readonly name = 'EnvelopeFormatError'
  readonly code: EnvelopeFormatProblem
  constructor(code: EnvelopeFormatProblem, message: string) {
    super(message)
    this.code = code
  }
}

export class EnvelopeIntegrityError extends EnvelopeError {
  override readonly name = 'EnvelopeIntegrityError'
  readonly code: EnvelopeIntegrityProblem
  constructor(code: EnvelopeIntegrityProblem, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}
