/**
 * Every AWS error the sandbox shows comes with a plain sentence on why it happened and what
 * fixes it (issue 11, item 9). The AWS name and message stay exactly as AWS returns them; this is
 * only what sits beside them. A pure function of the error and the operation that failed.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
import type { AccessDenied, OperationName } from '@/core/kms/index.ts'
import { explainAccessDenied } from './sandbox-access-explanation.ts'

export interface ErrorExplanation {
  /** Why the call failed here, in a sentence. */
  readonly why: string
  /** What would make it succeed. */
  readonly fix: string
  /** The deck tag of the cards that teach it (`key-states`), when there are some. */
  readonly cardTag?: string
}

export interface ExplainableError {
  /** The AWS error name, e.g. `DisabledException`. */
  readonly name: string
  readonly message: string
  /** For AccessDeniedException: the simulator's account of its access decision. */
  readonly decision?: string
  /** For AccessDeniedException: the decision itself (which policy, statement, missing Allow). */
  readonly accessDecision?: AccessDenied
  /** For AccessDeniedException: who called (an IAM ARN; absent for the account root). */
  readonly caller?: string
}

type Explainer = (error: ExplainableError, operation: OperationName | undefined) => ErrorExplanation

const ALIAS_OPERATIONS: readonly (OperationName | undefined)[] = [
  'CreateAlias',
  'UpdateAlias',
  'DeleteAlias',
]

const pendingDeletion: ErrorExplanation = {
  why: 'The key is scheduled for deletion (PendingDeletion): until the waiting period ends, only CancelKeyDeletion, DescribeKey, the key policy, aliases pointing away and the List operations work on it.',
  fix: 'Cancel the deletion with CancelKeyDeletion; the key comes back Disabled, so enable it (EnableKey) to use it again.',
}

const EXPLAINERS: Readonly<Record<string, Explainer>> = {
  AccessDeniedException: (error) =>
    explainAccessDenied(error.accessDecision, error.decision, error.caller) ?? {
      why:
        error.decision ??
        'No policy allows this caller to make this call on this key: the key policy, and the identity policies when the key policy delegates to IAM, are all checked, and an explicit Deny wins.',
      fix: 'Add an Allow for this action to the key policy, or to the caller’s identity policy when the key policy lets IAM policies grant access (the default key policy does).',
    },
  AlreadyExistsException: (_, operation) =>
    ALIAS_OPERATIONS.includes(operation)
      ? {
          why: 'An alias name is unique in an account and Region, and this one already points at a key.',
          fix: 'Choose another alias name, or move the existing alias to this key with UpdateAlias.',
        }
      : {
          why: 'Something with this name already exists in the account.',
          fix: 'Choose another name.',
        },
  ConflictException: () => ({
    why: 'An automatic rotation of this key is due within minutes, and KMS does not start an on-demand rotation that would overlap it.',
    fix: 'Wait until the automatic rotation has happened, then rotate on demand.',
  }),
  DisabledException: (_, operation) => ({
    why:
      operation === 'EnableKeyRotation' ||
      operation === 'DisableKeyRotation' ||
      operation === 'RotateKeyOnDemand'
        ? 'The key is Disabled: its rotation cannot be changed or started while it is.'
        : 'The key is Disabled: a disabled key refuses every cryptographic operation (Encrypt, Decrypt, GenerateDataKey, Sign…), although it still exists and can be described.',
    fix: 'Enable the key (EnableKey), then try again.',
  }),
  DryRunOperationException: () => ({
    why: 'The request had DryRun set: KMS checked that it would succeed and did nothing.',
    fix: 'Send it again without DryRun to perform it.',
  }),
  ExpiredImportTokenException: () => ({
    why: 'The import token and its wrapping public key are valid for 24 hours after GetParametersForImport, and this one has expired.',
    fix: 'Call GetParametersForImport again, wrap the material under the new public key and import it with the new token.',
  }),
  IncorrectKeyMaterialException: (error) =>
    // The simulator's texts for material that does not fit the key spec begin so (import/).
    error.message.startsWith('Key material for a ')
      ? {
          why: 'The key material does not fit the key spec: a symmetric key takes 256 bits, an HMAC key bytes within its spec’s length range, an ECC key a PKCS #8 private key on its curve.',
          fix: 'Wrap key material of the right kind and length for this key, then import it again.',
        }
      : {
          why: 'A key that had key material accepts only that same material again (or, with ImportType NEW_KEY_MATERIAL, new material for a rotation).',
          fix: 'Import the key material that was imported into this key before; KMS cannot restore it for you.',
        },
  InvalidImportTokenException: () => ({
    why: 'The import token is not one GetParametersForImport returned for this key.',
    fix: 'Use the ImportToken from the same GetParametersForImport response as the public key, for the same key.',
  }),
  IncorrectKeyException: () => ({
    why: 'The ciphertext was encrypted under another KMS key than the KeyId given.',
    fix: 'Leave KeyId out (a symmetric ciphertext names its key), or give the key it was encrypted under.',
  }),
  InvalidAliasNameException: () => ({
    why: 'An alias name must begin with alias/ and then use only letters, digits, and / _ -; alias/aws/ is reserved for AWS managed keys.',
    fix: 'Write the name as alias/ followed by your own name, for example alias/orders.',
  }),
  InvalidArnException: () => ({
    why: 'The ARN given is not a well-formed KMS ARN.',
    fix: 'Copy the ARN from the key page, or use the key id or an alias.',
  }),
  InvalidCiphertextException: () => ({
    why: 'KMS could not decrypt this blob: the encryption context differs from the one given to Encrypt, or the blob is damaged or was not made by this account’s KMS. AWS says no more (the message is empty), so an attacker learns nothing.',
    fix: 'Pass exactly the encryption context used at Encrypt (same keys, same values) and the whole CiphertextBlob.',
  }),
  InvalidKeyUsageException: () => ({
    why: 'The key’s KeyUsage does not include this operation: an ENCRYPT_DECRYPT key cannot sign, a SIGN_VERIFY key cannot encrypt, a GENERATE_VERIFY_MAC key only makes MACs.',
    fix: 'Use a key whose usage fits the operation, or create one with that usage (the usage cannot be changed later).',
  }),
  InvalidGrantIdException: () => ({
    why: 'A grant ID is the 64 hexadecimal characters CreateGrant returned.',
    fix: 'Copy the GrantId from CreateGrant or ListGrants.',
  }),
  InvalidGrantTokenException: () => ({
    why: 'A grant token is the opaque string CreateGrant returned; this one was not issued by this account.',
    fix: 'Pass the GrantToken exactly as CreateGrant returned it, or leave GrantTokens out.',
  }),
  InvalidMarkerException: () => ({
    why: 'The Marker does not come from the previous page of this listing.',
    fix: 'Start the listing again without a Marker and pass each NextMarker as it comes.',
  }),
  KMSInternalException: () => ({
    why: 'The service failed inside; in the sandbox this is a bug of the simulator.',
    fix: 'Try again; if it persists, report it.',
  }),
  KMSInvalidMacException: () => ({
    why: 'The MAC does not match this message under this key and algorithm: the message, the MAC, the key or the algorithm differs from GenerateMac’s.',
    fix: 'Verify with the same message, key and MacAlgorithm used by GenerateMac.',
  }),
  KMSInvalidSignatureException: () => ({
    why: 'The signature does not match this message under this key and algorithm: something differs from what Sign was given.',
    fix: 'Verify with the same message, key and SigningAlgorithm used by Sign.',
  }),
  KMSInvalidStateException: (error, operation) => {
    if (error.message.endsWith('is not pending deletion.')) {
      return {
        why: 'CancelKeyDeletion only applies to a key scheduled for deletion, and this one is not.',
        fix: 'Nothing to cancel: the key is not going to be deleted.',
      }
    }
    if (error.message.endsWith('is pending import.')) {
      return {
        why: 'The key has imported key material (Origin EXTERNAL) and none in KMS now: never imported, deleted or expired.',
        fix: 'Import the key material (GetParametersForImport, then ImportKeyMaterial); after a deletion or expiry, the same material.',
      }
    }
    if (error.message.endsWith('is pending deletion.')) {
      return operation === 'ScheduleKeyDeletion'
        ? {
            why: 'The key is already scheduled for deletion; its waiting period cannot be changed by scheduling it again.',
            fix: 'To change the date, cancel the deletion (CancelKeyDeletion) and schedule it again.',
          }
        : pendingDeletion
    }
    return {
      why: 'The key’s state does not allow this operation.',
      fix: 'Check the key state on the key page and bring the key to a state that allows it.',
    }
  },
  LimitExceededException: (_, operation) => {
    switch (operation) {
      case 'RotateKeyOnDemand':
        return {
          why: 'A key can be rotated on demand at most 25 times, and this one has used them all.',
          fix: 'Rely on automatic rotation (EnableKeyRotation), or create a new key.',
        }
      case 'CreateAlias':
        return {
          why: 'A key can have at most 50 aliases.',
          fix: 'Delete an alias you no longer need, or point it elsewhere with UpdateAlias.',
        }
      case 'TagResource':
        return {
          why: 'A key can carry at most 50 tags.',
          fix: 'Remove a tag you no longer need (UntagResource).',
        }
      case 'PutKeyPolicy':
      case 'CreateKey':
        return {
          why: 'A key policy can be at most 32 KB.',
          fix: 'Shorten the policy: merge statements or move permissions to IAM policies.',
        }
      default:
        return {
          why: 'A quota of the account or the key is reached.',
          fix: 'Remove something you no longer need, then try again.',
        }
    }
  },
  MalformedPolicyDocumentException: () => ({
    why: 'The key policy is not valid: bad JSON, an unknown element, a principal that does not exist, or a policy that would lock the account out of the key.',
    fix: 'Correct the policy where the message points; keep a statement that lets the account (or an administrator) manage the key.',
  }),
  NotAuthorizedException: () => ({
    why: 'Names under alias/aws/ belong to AWS managed keys; no one can create, move or delete them.',
    fix: 'Choose a name that does not begin with alias/aws/.',
  }),
  NotFoundException: (error, operation) =>
    ALIAS_OPERATIONS.includes(operation) || error.message.startsWith('Alias ')
      ? {
          why: 'No alias or key with this name exists in this account and Region.',
          fix: 'Check the name (aliases begin with alias/), or create the alias first.',
        }
      : {
          why: 'No key with this id, ARN or alias exists in this account and Region; a deleted key is gone for good.',
          fix: 'Pick the key from the list, or check the id you typed.',
        },
  SerializationException: () => ({
    why: 'The request could not be read: a member has the wrong type, or a blob is not valid base64.',
    fix: 'Paste the whole base64 text (the CiphertextBlob as Encrypt returned it), nothing else.',
  }),
  TagException: () => ({
    why: 'A tag breaks the tag rules: the aws: prefix is reserved, a key is 1–128 characters, a value up to 256, and a key appears once.',
    fix: 'Rename the tag key or shorten the value.',
  }),
  UnknownOperationException: () => ({
    why: 'The request names an operation KMS does not have (X-Amz-Target).',
    fix: 'Check the operation’s name against the KMS API reference.',
  }),
  UnrecognizedClientException: () => ({
    why: 'The call had no valid caller: in the sandbox, the account runs in another tab, or the identity no longer exists.',
    fix: 'Use the sandbox in the tab that runs it, or move it here; call as an identity that exists.',
  }),
  UnsupportedOperationException: (_, operation) => ({
    why:
      operation === 'EnableKeyRotation' ||
      operation === 'RotateKeyOnDemand' ||
      operation === 'GetKeyRotationStatus'
        ? 'Only symmetric encryption keys with key material made by KMS rotate; this key is of another kind.'
        : 'This key or request is of a kind the operation does not support (or the KeyDeck simulator does not, as the message says).',
    fix: 'Use a key of a type that supports the operation.',
  }),
  ValidationException: (_, operation) =>
    operation === 'ScheduleKeyDeletion'
      ? {
          why: 'The waiting period (PendingWindowInDays) must be a whole number of days from 7 to 30.',
          fix: 'Choose a waiting period from 7 to 30 days.',
        }
      : operation === 'EnableKeyRotation'
        ? {
            why: 'The rotation period (RotationPeriodInDays) must be from 90 to 2560 days.',
            fix: 'Choose a period from 90 to 2560 days.',
          }
        : {
            why: 'A parameter breaks a rule of the API (a length, a range, a required member, a pattern); the message names it.',
            fix: 'Correct the value the message names.',
          },
}

/** The deck tag of the cards that teach an error, by its name (a few by their operation). */
const CARD_TAGS: Readonly<Record<string, string>> = {
  AccessDeniedException: 'key-policies',
  AlreadyExistsException: 'aliases',
  ConflictException: 'rotation',
  DisabledException: 'key-states',
  ExpiredImportTokenException: 'imported-key-material',
  IncorrectKeyMaterialException: 'imported-key-material',
  InvalidImportTokenException: 'imported-key-material',
  InvalidAliasNameException: 'aliases',
  InvalidCiphertextException: 'encryption-context',
  InvalidKeyUsageException: 'key-specs',
  KMSInvalidMacException: 'hmac-keys',
  KMSInvalidSignatureException: 'asymmetric-keys',
  KMSInvalidStateException: 'key-states',
  LimitExceededException: 'quotas',
  MalformedPolicyDocumentException: 'key-policies',
  NotAuthorizedException: 'aliases',
  UnsupportedOperationException: 'key-specs',
}

const CARD_TAGS_BY_OPERATION: Partial<Record<OperationName, string>> = {
  ScheduleKeyDeletion: 'deletion',
  CancelKeyDeletion: 'deletion',
  EnableKeyRotation: 'rotation',
  RotateKeyOnDemand: 'rotation',
  CreateAlias: 'aliases',
  UpdateAlias: 'aliases',
  DeleteAlias: 'aliases',
}

function cardTagOf(name: string, operation: OperationName | undefined): string | undefined {
  // A validation error is about the operation's parameters: the operation's cards teach them.
  if (name === 'ValidationException' || name === 'LimitExceededException') {
    return (operation && CARD_TAGS_BY_OPERATION[operation]) ?? CARD_TAGS[name]
  }
  return Object.hasOwn(CARD_TAGS, name) ? CARD_TAGS[name] : undefined
}

/** The explanation of an AWS error from `operation`, or undefined for an error we do not know. */
export function explainAwsError(
  error: ExplainableError,
  operation?: OperationName,
): ErrorExplanation | undefined {
  if (!Object.hasOwn(EXPLAINERS, error.name)) return undefined
  const explanation = EXPLAINERS[error.name]!(error, operation)
  const cardTag = cardTagOf(error.name, operation)
  return cardTag === undefined ? explanation : { ...explanation, cardTag }
}
