import { KmsError } from '../errors.ts'

/** IAM's own error names, for the learner's small IAM model. @see https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html */
export class EntityAlreadyExistsException extends KmsError {
  override readonly name = 'EntityAlreadyExistsException'
}
export class NoSuchEntityException extends KmsError {
  override readonly name = 'NoSuchEntityException'
}
export class IamValidationError extends KmsError {
  override readonly name = 'ValidationError'
}
export class IamMalformedPolicyDocumentException extends KmsError {
  override readonly name = 'MalformedPolicyDocument'
}
