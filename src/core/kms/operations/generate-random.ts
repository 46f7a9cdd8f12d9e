import { defineOperation } from '../engine/operation.ts'
import { UnsupportedOperationException, ValidationException } from '../errors.ts'
import { integer, string } from '../validation/shape.ts'
import { recipientMember } from './common-members.ts'
import { assertNoRecipient } from './unsupported-members.ts'

/**
 * Random bytes from the (injected) random source. An IAM-only action.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateRandom.html
 */
export const generateRandom = defineOperation({
  input: {
    // Optional in the model, but AWS answers "NumberOfBytes is required." (recorded).
    NumberOfBytes: integer({ min: 1, max: 1024 }),
    CustomKeyStoreId: string({ min: 1, max: 64 }),
    Recipient: recipientMember(),
  },
  async run(rc, input): Promise<{ Plaintext: Uint8Array }> {
    if (input.NumberOfBytes === undefined)
      throw new ValidationException('NumberOfBytes is required.')
    await rc.authorize('kms:GenerateRandom', undefined)
    assertNoRecipient(input.Recipient)
    if (input.CustomKeyStoreId !== undefined) {
      throw new UnsupportedOperationException(
        'The KeyDeck simulator does not support custom key stores.',
      )
    }
    return { Plaintext: rc.random(input.NumberOfBytes).slice() }
  },
})
