import { describe, expect, it } from 'vitest'
import * as errors from '@/core/kms/errors.ts'
import { KmsError } from '@/core/kms/index.ts'
import { explainAwsError } from './sandbox-error-explanation.ts'

const ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

describe('explainAwsError', () => {
  it('explains every error the simulator can throw', () => {
    const classes = (Object.values(errors) as unknown[]).filter(
      (value): value is new () => KmsError =>
        typeof value === 'function' && value.prototype instanceof KmsError,
    )
    expect(classes.length).toBeGreaterThan(20)
    for (const ErrorClass of classes) {
      const error = new ErrorClass()
      const explanation = explainAwsError(error)
      expect(explanation, error.name).toBeDefined()
      expect(explanation!.why).toMatch(/\.$/)
      expect(explanation!.fix).toMatch(/\.$/)
    }
  })

  it('knows nothing of errors that are not AWS errors', () => {
    expect(explainAwsError({ name: 'Invalid encryption context', message: 'x' })).toBeUndefined()
    expect(explainAwsError({ name: 'toString', message: '' })).toBeUndefined()
  })

  it('tells material that does not fit the key spec from material the key never had', () => {
    const misfit = explainAwsError(
      {
        name: 'IncorrectKeyMaterialException',
        message:
          'Key material for a ECC_NIST_P256 key must be a DER-encoded PKCS #8 private key on curve P-256.',
      },
      'ImportKeyMaterial',
    )
    expect(misfit?.why).toMatch(/does not fit the key spec/)
    const other = explainAwsError(
      { name: 'IncorrectKeyMaterialException', message: 'The key material is not…' },
      'ImportKeyMaterial',
    )
    expect(other?.why).toMatch(/accepts only that same material again/)
  })

  it('says to enable a disabled key', () => {
    const explanation = explainAwsError(
      { name: 'DisabledException', message: `${ARN} is disabled.` },
      'Encrypt',
    )
    expect(explanation?.why).toMatch(/Disabled: a disabled key refuses every cryptographic/)
    expect(explanation?.fix).toBe('Enable the key (EnableKey), then try again.')
    expect(
      explainAwsError({ name: 'DisabledException', message: '' }, 'RotateKeyOnDemand')?.why,
    ).toMatch(/rotation cannot be changed/)
  })

  it('says to import the material of a key pending import', () => {
    const explanation = explainAwsError(
      { name: 'KMSInvalidStateException', message: `${ARN} is pending import.` },
      'Encrypt',
    )
    expect(explanation?.why).toMatch(/imported key material/)
    expect(explanation?.fix).toMatch(/ImportKeyMaterial/)
  })

  it('tells a key pending deletion from a cancel with nothing to cancel', () => {
    const pending = { name: 'KMSInvalidStateException', message: `${ARN} is pending deletion.` }
    expect(explainAwsError(pending, 'EnableKey')?.fix).toMatch(/^Cancel the deletion/)
    expect(explainAwsError(pending, 'ScheduleKeyDeletion')?.why).toMatch(/already scheduled/)
    const notPending = {
      name: 'KMSInvalidStateException',
      message: `${ARN} is not pending deletion.`,
    }
    expect(explainAwsError(notPending, 'CancelKeyDeletion')?.why).toMatch(
      /^CancelKeyDeletion only applies/,
    )
  })

  it('explains by operation where one error name means different things', () => {
    expect(
      explainAwsError({ name: 'ValidationException', message: '' }, 'ScheduleKeyDeletion')?.fix,
    ).toBe('Choose a waiting period from 7 to 30 days.')
    expect(
      explainAwsError({ name: 'LimitExceededException', message: '' }, 'RotateKeyOnDemand')?.why,
    ).toMatch(/25 times/)
    expect(
      explainAwsError({ name: 'AlreadyExistsException', message: '' }, 'CreateAlias')?.fix,
    ).toMatch(/UpdateAlias/)
    expect(
      explainAwsError({ name: 'NotFoundException', message: `Alias x is not found.` })?.why,
    ).toMatch(/^No alias/)
    expect(
      explainAwsError({ name: 'NotFoundException', message: `Key '${ARN}' does not exist` })?.why,
    ).toMatch(/^No key/)
  })

  it('uses the simulator’s access decision when it has one', () => {
    const decision = 'The key policy does not delegate to IAM, so the user’s policy is not enough.'
    expect(
      explainAwsError({ name: 'AccessDeniedException', message: 'denied', decision }, 'Encrypt')
        ?.why,
    ).toBe(decision)
  })

  it('names the deck tag of the cards that teach the error', () => {
    const disabled = { name: 'DisabledException', message: '' }
    expect(explainAwsError(disabled, 'Encrypt')?.cardTag).toBe('key-states')
    const validation = { name: 'ValidationException', message: '' }
    expect(explainAwsError(validation, 'ScheduleKeyDeletion')?.cardTag).toBe('deletion')
    expect(explainAwsError(validation, 'Encrypt')?.cardTag).toBeUndefined()
    const limit = { name: 'LimitExceededException', message: '' }
    expect(explainAwsError(limit, 'RotateKeyOnDemand')?.cardTag).toBe('rotation')
    expect(explainAwsError(limit, 'TagResource')?.cardTag).toBe('quotas')
  })

  it('only names tags the shipped deck has', async () => {
    const { readFileSync, readdirSync } = await import('node:fs')
    const dir = new URL('../../cards/', import.meta.url)
    const deckText = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(new URL(name, dir), 'utf8'))
      .join('\n')
    const deckTags = new Set(
      [...deckText.matchAll(/^tags:(.*)$/gm)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean)),
    )
    const operations = [
      undefined,
      'ScheduleKeyDeletion',
      'EnableKeyRotation',
      'CreateAlias',
    ] as const
    for (const name of [
      'DisabledException',
      'KMSInvalidStateException',
      'AccessDeniedException',
      'AlreadyExistsException',
      'InvalidCiphertextException',
      'InvalidKeyUsageException',
      'KMSInvalidMacException',
      'KMSInvalidSignatureException',
      'LimitExceededException',
      'MalformedPolicyDocumentException',
      'NotAuthorizedException',
      'UnsupportedOperationException',
      'ConflictException',
      'InvalidAliasNameException',
      'ValidationException',
    ]) {
      for (const operation of operations) {
        const tag = explainAwsError({ name, message: '' }, operation)?.cardTag
        if (tag !== undefined) expect(deckTags, `${name} → ${tag}`).toContain(tag)
      }
    }
  })
})
