/**
 * The envelope walkthrough's KMS: the `DataKeyService` of `@/core/envelope` over the learner's
 * simulated account, as the learner's own code would call it. Every call is recorded like the
 * console's (`recordedCall`), with the plaintext data key withheld from the kept exchange; the
 * simulator's audit trail never records it either.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html
 */
import { EnvelopeError, type DataKeyService } from '@/core/envelope/index.ts'
import { KmsError, type OperationName } from '@/core/kms/index.ts'
import { attempt, recordedCall, type SandboxResult } from './sandbox-store.ts'

/**
 * `onPlaintext` receives a copy of GenerateDataKey's `Plaintext`, so the walkthrough can show it
 * once; `generateDataKey` zeroes the original as soon as it has imported it.
 */
export function envelopeService(onPlaintext?: (copy: Uint8Array) => void): DataKeyService {
  return {
    async generateDataKey(input) {
      const out = await recordedCall(
        'GenerateDataKey',
        {
          KeyId: input.KeyId,
          KeySpec: input.KeySpec ?? 'AES_256',
          ...(input.EncryptionContext !== undefined && {
            EncryptionContext: input.EncryptionContext,
          }),
        },
        ['Plaintext'],
      )
      onPlaintext?.(out.Plaintext.slice())
      return out
    },
    decrypt: (input) => recordedCall('Decrypt', input, ['Plaintext']),
  }
}

/**
 * `attempt` for envelope steps: a KMS error the envelope code wrapped (an
 * `EnvelopeIntegrityError` whose cause is, say, `InvalidCiphertextException`) is shown as the
 * AWS error itself, with its explanation; an envelope error of our own keeps its name.
 */
export async function envelopeAttempt<T>(
  run: () => Promise<T>,
  operation?: OperationName,
): Promise<SandboxResult<T>> {
  let own: EnvelopeError | undefined
  const result = await attempt(async () => {
    try {
      return await run()
    } catch (thrown) {
      if (thrown instanceof EnvelopeError) {
        if (thrown.cause instanceof KmsError) throw thrown.cause
        own = thrown
      }
      throw thrown
    }
  }, operation)
  if (own !== undefined) return { ok: false, error: { name: own.name, message: own.message } }
  return result
}
