/**
 * awsJson1_1 in front of a DataKeyService, the way the simulator's `handle` answers: a test
 * double for `dataKeyServiceOverHandle` that does not depend on src/core/kms.
 */
import { decodeBase64, encodeBase64 } from '../../bytes/base64.ts'
import type { DataKeyService } from '../data-key-service.ts'
import type { KmsHandle } from '../data-key-service-over-handle.ts'

export function fakeKmsHandle(
  service: DataKeyService,
  requests: { target: string; body: unknown }[] = [],
): KmsHandle {
  return async (target, body) => {
    const input = JSON.parse(body) as Record<string, unknown>
    requests.push({ target, body: input })
    try {
      if (target === 'TrentService.GenerateDataKey') {
        const out = await service.generateDataKey(input as never)
        return ok({
          KeyId: out.KeyId,
          Plaintext: b64(out.Plaintext),
          CiphertextBlob: b64(out.CiphertextBlob),
        })
      }
      if (target === 'TrentService.Decrypt') {
        const blob = decodeBase64(String(input['CiphertextBlob']))
        if (blob === undefined)
          return failure(
            'SerializationException',
            "Value of member 'CiphertextBlob' is not valid base64.",
          )
        const out = await service.decrypt({ ...input, CiphertextBlob: blob })
        return ok({
          KeyId: out.KeyId,
          Plaintext: b64(out.Plaintext),
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        })
      }
      return { status: 400, body: JSON.stringify({ __type: 'UnknownOperationException' }) }
    } catch (error) {
      const { name, message } = error as Error
      return failure(name, message)
    }
  }
}

const ok = (body: unknown) => ({ status: 200, body: JSON.stringify(body) })
const failure = (name: string, message: string) => ({
  status: 400,
  body: JSON.stringify({ __type: `com.amazonaws.kms#${name}`, message }),
})
const b64 = (bytes: Uint8Array | undefined) => (bytes ? encodeBase64(bytes) : undefined)
