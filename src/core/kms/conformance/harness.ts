// Shared fixtures for the conformance suite: a simulator on a fixed, movable clock and the real
// SDK pointed at it. Errors are asserted the way an SDK user sees them (exception class + status).
import { KMSServiceException, type KMS } from '@aws-sdk/client-kms'
import { expect } from 'vitest'
import { createKms, type Kms } from '../index.ts'
import { sdkKms } from './sdk-client.ts'

export const REGION = 'us-east-1'
export const ACCOUNT = '111122223333'
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`
export const DAY_MS = 86_400_000
/** 2026-01-01T00:00:00Z: every test starts here so dates in assertions are exact. */
export const T0 = Date.UTC(2026, 0, 1)

export interface Sim {
  kms: Kms
  sdk: KMS
  clock: { now: number }
  /** Moves the simulator clock; rotation and deletion are evaluated lazily on the next request. */
  advanceDays(days: number): void
  /** SDK client acting as another principal (an IAM user or role ARN). */
  as(caller: string): KMS
}

export function createSim(): Sim {
  const clock = { now: T0 }
  const kms = createKms({ region: REGION, accountId: ACCOUNT, now: () => clock.now })
  return {
    kms,
    sdk: sdkKms(kms, { region: REGION }),
    clock,
    advanceDays(days) {
      clock.now += days * DAY_MS
    },
    as(caller) {
      return sdkKms(kms, { region: REGION, caller })
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

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text)
export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

export function fromBase64(value: string): Uint8Array {
  return Uint8Array.from(atob(value), (c) => c.charCodeAt(0))
}

/** Key id (UUID) of a fresh symmetric key. */
export async function createSymmetricKey(sdk: KMS, description = ''): Promise<string> {
  const out = await sdk.createKey({ Description: description })
  const id = out.KeyMetadata?.KeyId
  if (!id) throw new Error('CreateKey returned no KeyId')
  return id
}
