import {
  discardPlaintextKey,
  runDecryptData,
  runDecryptDataKey,
  runEncryptData,
  runGenerateDataKey,
  type EnvelopeStep,
} from '@/stores/sandbox-envelope.ts'

/**
 * Each step's one action: its button's text and what it runs (the walkthrough's button, and
 * presenter mode's "forward", which runs it before it goes on).
 */
export const ENVELOPE_ACTIONS: Partial<
  Record<EnvelopeStep, { label: string; run: () => unknown }>
> = {
  generate: { label: 'Call GenerateDataKey', run: runGenerateDataKey },
  encrypt: { label: 'Encrypt the data', run: runEncryptData },
  discard: { label: 'Discard the plaintext key', run: discardPlaintextKey },
  'decrypt-key': { label: 'Call Decrypt', run: runDecryptDataKey },
  'decrypt-data': { label: 'Decrypt the data', run: runDecryptData },
}
