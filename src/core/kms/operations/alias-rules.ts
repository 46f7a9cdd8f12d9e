import {
  InvalidAliasNameException,
  NotAuthorizedException,
  ValidationException,
} from '../errors.ts'
import type { AliasName } from '../types.ts'
import { string } from '../validation/shape.ts'

/** @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html */
export const MAX_ALIASES_PER_KEY = 50
export const aliasNameMember = () => string({ min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' })

/** Checks a customer alias name; `alias/aws/` is reserved for AWS managed keys. */
export function customerAliasName(name: string): AliasName {
  if (!name.startsWith('alias/')) {
    throw new ValidationException(
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    )
  }
  if (name === 'alias/' || name.endsWith('/')) {
    throw new InvalidAliasNameException(`Alias name ${name} is not valid.`)
  }
  if (name.startsWith('alias/aws/')) {
    // Both moto and local-kms answer NotAuthorizedException; AWS's own text is not recorded.
    throw new NotAuthorizedException(
      'Alias names that begin with alias/aws/ are reserved for AWS managed keys.',
    )
  }
  return name as AliasName
}
