// Shared fixtures for the conformance suite: a simulator on a fixed, movable clock and the real
// SDK pointed at it. Errors are asserted the way an SDK user sees them (exception class + status).
import { KMSServiceException, type CreateKeyRequest, type KMS } from '@aws-sdk/client-kms'
import { expect } from 'vitest'
import { DAY_MS } from '../engine/engine-context.ts'
import { createKms, type Kms } from '../index.ts'
import { T0 } from '../testing/test-kms.ts'
import { sdkKms } from './sdk-client.ts'

// Shared with the unit tests rather than redefined: T0 (2026-01-01T00:00:00Z, where every clock
// starts) and utf8 from test-kms.ts; DAY_MS from the engine, where test-kms.ts takes it too.
export { DAY_MS, T0 }
export { utf8 } from '../testing/test-kms.ts'

export const REGION = 'us-east-1'
export const ACCOUNT = '111122223333'
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`

export interface Sim {
  kms: Kms
  sdk: KMS
  clock: { now: number }
  /** Moves the simulator clock; rotation and deletion are evaluated lazily on the next request. */
  advanceDays(days: number): void
  /** SDK client acting as another principal (an IAM user or role ARN). */
  as(caller: string): KMS
}

export interface SimOptions {
  /** Default REGION; keyArn/aliasArn below assume the default. */
  region?: string
  /** Default ACCOUNT. */
  accountId?: string
}

export function createSim({ region = REGION, accountId = ACCOUNT }: SimOptions = {}): Sim {
  const clock = { now: T0 }
  const kms = createKms({ region, accountId, now: () => clock.now })
  return {
    kms,
    sdk: sdkKms(kms, { region }),
    clock,
    advanceDays(days) {
      clock.now += days * DAY_MS
    },
    as(caller) {
      return sdkKms(kms, { region, caller })
    },
  }
}

export const keyArn = (keyId: string): string => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId}`
export const aliasArn = (name: string): string => `arn:aws:kms:${REGION}:${ACCOUNT}:${name}`

type ErrorClass = abstract new (...args: never[]) => Error

/**
 * Awaits a call that must fail and checks what an SDK user would check: the exported exception
 * class (or, for errors outside the KMS model such as ValidationException, the `name` on a generic
 * KMSServiceException), HTTP 400 as real KMS sends, and optionally the message.
 */
export async function expectKmsError(
  call: Promise<unknown>,
  kind: ErrorClass | string,
  message?: string | RegExp,
): Promise<KMSServiceException> {
  // Every KMS error is a KMSServiceException, so naming the base class would accept any failure.
  if (kind === KMSServiceException) {
    throw new Error(
      'expectKmsError: name the exception (its class, or its name for errors outside the KMS model such as ValidationException), not the base class KMSServiceException',
    )
  }
  let caught: unknown
  try {
    await call
  } catch (error) {
    caught = error
  }
  const label = typeof kind === 'string' ? kind : kind.name
  expect(caught, `expected ${label}, but the call succeeded`).toBeDefined()
  expect(caught).toBeInstanceOf(KMSServiceException)
  const error = caught as KMSServiceException
  if (typeof kind === 'string') expect(error.name).toBe(kind)
  else expect(error).toBeInstanceOf(kind)
  expect(error.$metadata.httpStatusCode).toBe(400)
  if (typeof message === 'string') expect(error.message).toBe(message)
  else if (message) expect(error.message).toMatch(message)
  return error
}

/** The SDK turns an empty error message into 'UnknownError' (smithy decorateServiceException). */
export const EMPTY_MESSAGE = 'UnknownError'

export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

/** Key id (UUID) of a fresh key made by CreateKey with `input`. */
export async function createKeyId(sdk: KMS, input: CreateKeyRequest = {}): Promise<string> {
  const out = await sdk.createKey(input)
  const id = out.KeyMetadata?.KeyId
  if (!id) throw new Error('CreateKey returned no KeyId')
  return id
}

/** Key id (UUID) of a fresh symmetric key. */
export function createSymmetricKey(sdk: KMS, description = ''): Promise<string> {
  return createKeyId(sdk, { Description: description })
}
