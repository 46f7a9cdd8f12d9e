/**
 * A DataKeyService that speaks the KMS wire protocol, awsJson1_1, to a request handler such as
 * the simulator's `createKms().handle(target, body)`: `X-Amz-Target: TrentService.<Operation>`,
 * JSON bodies, blobs as base64, and errors as `{"__type": ..., "message": ...}`.
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
import { decodeBase64, encodeBase64 } from '../bytes/base64.ts'
import type {
  DataKeyService,
  DecryptInput,
  DecryptOutput,
  GenerateDataKeyInput,
  GenerateDataKeyOutput,
} from './data-key-service.ts'

export type KmsHandle = (target: string, body: string) => Promise<{ status: number; body: string }>

/** A KMS error response as an Error whose `name` is the error type, like the AWS SDK's. */
export class KmsServiceError extends Error {
  override readonly name: string
  readonly status: number
  constructor(name: string, message: string, status: number) {
    super(message)
    this.name = name
    this.status = status
  }
}

export function dataKeyServiceOverHandle(handle: KmsHandle): DataKeyService {
  return {
    async generateDataKey(input: GenerateDataKeyInput): Promise<GenerateDataKeyOutput> {
      const out = await call(handle, 'GenerateDataKey', { ...input })
      return {
        KeyId: stringMember(out, 'KeyId'),
        Plaintext: blobMember(out, 'Plaintext'),
        CiphertextBlob: blobMember(out, 'CiphertextBlob'),
      }
    },
    async decrypt(input: DecryptInput): Promise<DecryptOutput> {
      const out = await call(handle, 'Decrypt', {
        ...input,
        CiphertextBlob: encodeBase64(input.CiphertextBlob),
      })
      return { KeyId: stringMember(out, 'KeyId'), Plaintext: blobMember(out, 'Plaintext') }
    },
  }
}

async function call(
  handle: KmsHandle,
  operation: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  // JSON.stringify drops undefined members, so optional inputs are simply absent.
  const response = await handle(`TrentService.${operation}`, JSON.stringify(input))
  const body = parseObject(response.body)
  if (response.status >= 200 && response.status < 300) return body
  throw errorFrom(response.status, body)
}

/**
 * `__type` may carry a namespace (`com.amazonaws.kms#NotFoundException`) or a suffix after ':';
 * the shape name is what the SDK exposes. AccessDeniedException spells it `Message`.
 */
function errorFrom(status: number, body: Record<string, unknown>): KmsServiceError {
  const rawType = typeof body['__type'] === 'string' ? body['__type'] : 'UnknownError'
  const name = rawType.split('#').pop()?.split(':')[0] || 'UnknownError'
  const message = body['message'] ?? body['Message']
  return new KmsServiceError(name, typeof message === 'string' ? message : '', status)
}

function parseObject(text: string): Record<string, unknown> {
  if (text.trim() === '') return {}
  const value: unknown = JSON.parse(text)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('KMS response body is not a JSON object')
  }
  return value as Record<string, unknown>
}

function stringMember(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name]
  return typeof value === 'string' ? value : undefined
}

function blobMember(body: Record<string, unknown>, name: string): Uint8Array | undefined {
  const value = body[name]
  if (typeof value !== 'string') return undefined
  const bytes = decodeBase64(value)
  if (bytes === undefined) throw new TypeError(`KMS response member ${name} is not valid base64`)
  return bytes
}
