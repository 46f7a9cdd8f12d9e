import { UnsupportedOperationException } from '../errors.ts'

/** Nitro Enclaves attestation (`Recipient`) needs real enclaves; the simulator refuses it. */
export function assertNoRecipient(recipient: unknown): void {
  if (recipient !== undefined) {
    throw new UnsupportedOperationException(
      'The KeyDeck simulator does not support Recipient (AWS Nitro Enclaves attestation).',
    )
  }
}
