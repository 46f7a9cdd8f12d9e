import type { KmsEngine } from '../engine/kms-engine.ts'
import { asKmsError } from '../engine/kms-engine.ts'
import { SerializationException, UnknownOperationException, type KmsError } from '../errors.ts'
import { uuidV4, type RandomSource } from '../ids.ts'
import type { PrincipalArn } from '../types.ts'
import { toWireJson } from './to-wire-json.ts'

export interface KmsHttpResponse {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
}

const TARGET_PREFIX = 'TrentService.'

/**
 * The awsJson1_1 front door: `X-Amz-Target: TrentService.<Operation>` and a JSON body in, a
 * well-formed AWS response out. It never throws: every failure becomes
 * `{"__type": "<Name>", "message": "..."}` with HTTP 400 (500 for KMSInternalException).
 */
export async function handleRequest(
  engine: KmsEngine,
  random: RandomSource,
  target: string,
  body: string,
  caller: PrincipalArn,
): Promise<KmsHttpResponse> {
  try {
    const operation =
      typeof target === 'string' && target.startsWith(TARGET_PREFIX)
        ? target.slice(TARGET_PREFIX.length)
        : ''
    if (operation === '') throw new UnknownOperationException()
    const input = parseBody(body)
    const { requestId, output } = await engine.execute(operation, input, 'wire', caller)
    return {
      status: 200,
      headers: headers(requestId),
      body: output === undefined ? '' : toWireJson(output),
    }
  } catch (thrown) {
    const error = asKmsError(thrown)
    return errorResponse(error, error.requestId ?? safeRequestId(random))
  }
}

function parseBody(body: string): Record<string, unknown> {
  if (typeof body !== 'string') throw new SerializationException('The request body is not text.')
  if (body.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    throw new SerializationException('The request body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SerializationException('The request body must be a JSON object.')
  }
  return parsed as Record<string, unknown>
}

function errorResponse(error: KmsError, requestId: string): KmsHttpResponse {
  return {
    status: error.httpStatus,
    headers: { ...headers(requestId), 'x-amzn-errortype': error.name },
    body: JSON.stringify({ __type: error.name, message: error.message }),
  }
}

function headers(requestId: string): Record<string, string> {
  return { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId }
}

/** Even a failing random source must not make `handle` throw. */
function safeRequestId(random: RandomSource): string {
  try {
    return uuidV4(random)
  } catch {
    return '00000000-0000-4000-8000-000000000000'
  }
}
