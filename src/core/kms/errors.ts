/**
 * Typed errors named exactly as AWS names them on the wire (`__type`). Every client error is sent
 * with HTTP 400, as the live service does (not the 404/409 of the Smithy model); only
 * KMSInternalException is a 500.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html
 */
import type { AccessDenied } from './policy/access-decision.ts'

export abstract class KmsError extends Error {
  abstract override readonly name: string
  readonly httpStatus: number = 400
  /** Set by the engine: the request id of the failed call (also in the audit trail). */
  requestId: string | undefined
  constructor(message = '') {
    super(message)
  }
}

export class AccessDeniedException extends KmsError {
  override readonly name = 'AccessDeniedException'
  /** Why the policies denied the request, in a sentence for learners; not sent on the wire. */
  readonly explanation: string | undefined
  /** The authorizer's decision (which policy, which statement, what was missing); not sent. */
  readonly decision: AccessDenied | undefined
  constructor(message = '', explanation?: string, decision?: AccessDenied) {
    super(message)
    this.explanation = explanation
    this.decision = decision
  }
}
export class AlreadyExistsException extends KmsError {
  override readonly name = 'AlreadyExistsException'
}
export class ConflictException extends KmsError {
  override readonly name = 'ConflictException'
}
export class DisabledException extends KmsError {
  override readonly name = 'DisabledException'
}
export class DryRunOperationException extends KmsError {
  override readonly name = 'DryRunOperationException'
  constructor() {
    super('The request would have succeeded, but the DryRun option is set.')
  }
}
/** ImportKeyMaterial with a token past its ParametersValidTo. */
export class ExpiredImportTokenException extends KmsError {
  override readonly name = 'ExpiredImportTokenException'
}
/** Re-importing material that is not the key's (AWS: "the same key material"). */
export class IncorrectKeyMaterialException extends KmsError {
  override readonly name = 'IncorrectKeyMaterialException'
}
/** An import token that is not one of this key's (another key's, or made up). */
export class InvalidImportTokenException extends KmsError {
  override readonly name = 'InvalidImportTokenException'
}
export class IncorrectKeyException extends KmsError {
  override readonly name = 'IncorrectKeyException'
  constructor() {
    super('The key ID in the request does not identify a CMK that can perform this operation.')
  }
}
export class InvalidAliasNameException extends KmsError {
  override readonly name = 'InvalidAliasNameException'
}
export class InvalidArnException extends KmsError {
  override readonly name = 'InvalidArnException'
}
/** AWS sends it with an empty message, so a wrong context and a forged blob look the same. */
export class InvalidCiphertextException extends KmsError {
  override readonly name = 'InvalidCiphertextException'
}
export class InvalidKeyUsageException extends KmsError {
  override readonly name = 'InvalidKeyUsageException'
}
export class InvalidMarkerException extends KmsError {
  override readonly name = 'InvalidMarkerException'
}
export class KMSInternalException extends KmsError {
  override readonly name = 'KMSInternalException'
  override readonly httpStatus: number = 500
}
export class KMSInvalidMacException extends KmsError {
  override readonly name = 'KMSInvalidMacException'
}
export class KMSInvalidSignatureException extends KmsError {
  override readonly name = 'KMSInvalidSignatureException'
}
export class KMSInvalidStateException extends KmsError {
  override readonly name = 'KMSInvalidStateException'
}
export class LimitExceededException extends KmsError {
  override readonly name = 'LimitExceededException'
}
export class MalformedPolicyDocumentException extends KmsError {
  override readonly name = 'MalformedPolicyDocumentException'
}
export class NotAuthorizedException extends KmsError {
  override readonly name = 'NotAuthorizedException'
}
export class NotFoundException extends KmsError {
  override readonly name = 'NotFoundException'
}
export class TagException extends KmsError {
  override readonly name = 'TagException'
}
export class UnsupportedOperationException extends KmsError {
  override readonly name = 'UnsupportedOperationException'
}
/** AWS-wide (not in the KMS model): a request that breaks a model constraint. */
export class ValidationException extends KmsError {
  override readonly name = 'ValidationException'
}
/** AWS-wide: the body is not JSON, or a member has the wrong JSON type. */
export class SerializationException extends KmsError {
  override readonly name = 'SerializationException'
}
/** AWS-wide: the caller's credentials name no principal of the account. */
export class UnrecognizedClientException extends KmsError {
  override readonly name = 'UnrecognizedClientException'
}
/** AWS-wide: the X-Amz-Target names no operation of TrentService. */
export class UnknownOperationException extends KmsError {
  override readonly name = 'UnknownOperationException'
}
export class InvalidGrantIdException extends KmsError {
  override readonly name = 'InvalidGrantIdException'
}
export class InvalidGrantTokenException extends KmsError {
  override readonly name = 'InvalidGrantTokenException'
}
