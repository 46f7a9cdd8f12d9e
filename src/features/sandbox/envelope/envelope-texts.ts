/**
 * What each step of the envelope walkthrough says, and the card that teaches it (a card of the
 * deck, by its `## id`; the cards with `try: envelope` link here).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping
 */
import type { EnvelopeStep } from '@/stores/sandbox-envelope.ts'
import type { EnvelopeVariant } from '@/stores/sandbox-envelope-variants.ts'

export interface StepText {
  readonly title: string
  /** Where the work happens, for the diagram. */
  readonly where: 'You' | 'KMS' | 'Browser'
  readonly explain: string
  readonly card: string
}

export const STEP_TEXTS: Readonly<Record<EnvelopeStep, StepText>> = {
  data: {
    title: 'Your data',
    where: 'You',
    explain:
      'Envelope encryption protects data of any size with a key KMS never keeps. Type some text or choose a small file, and the KMS key that will protect its data key.',
    card: 'data-key-what-is',
  },
  generate: {
    title: 'GenerateDataKey',
    where: 'KMS',
    explain:
      'KMS makes a fresh 256-bit data key and returns it twice: in plaintext, to use now, and encrypted under your KMS key, to keep. The plaintext is shown here this once.',
    card: 'data-key-generate-returns',
  },
  encrypt: {
    title: 'Encrypt in the browser',
    where: 'Browser',
    explain:
      'Your code, not KMS, encrypts the data with the plaintext data key: AES-256-GCM, with a 12-byte IV that never repeats under this key and a 16-byte tag that detects any change.',
    card: 'data-key-envelope-encrypt-steps',
  },
  discard: {
    title: 'Discard the plaintext key',
    where: 'Browser',
    explain:
      'The data is encrypted, so the plaintext data key has done its job: wipe its bytes and drop it, so nothing can leak it later. Only the encrypted copy remains.',
    card: 'data-key-not-stored',
  },
  store: {
    title: 'Store the envelope',
    where: 'Browser',
    explain:
      'The encrypted data key is stored beside the ciphertext, in the envelope’s header. Anyone may read it: only KMS, with your key and your permission, can decrypt it.',
    card: 'data-key-store-encrypted-copy',
  },
  'decrypt-key': {
    title: 'Later: Decrypt the data key',
    where: 'KMS',
    explain:
      'To read the data, send the encrypted data key from the header to KMS Decrypt. KMS checks your permission and returns the plaintext data key, which goes straight into a key that cannot be read back.',
    card: 'data-key-envelope-decrypt-steps',
  },
  'decrypt-data': {
    title: 'Decrypt in the browser',
    where: 'Browser',
    explain:
      'The data key decrypts the data locally, and the tag proves nothing changed. Then the key is dropped again.',
    card: 'op-decrypt-keyid-optional',
  },
  variants: {
    title: 'Take a branch',
    where: 'You',
    explain:
      'Each branch makes real calls on the envelope you just made: choose one, then press its buttons in order.',
    card: 'data-key-envelope-encryption',
  },
}

export interface VariantText {
  readonly title: string
  readonly explain: string
  readonly card: string
  readonly actions: readonly string[]
}

export const VARIANT_TEXTS: Readonly<Record<EnvelopeVariant, VariantText>> = {
  'encryption-context': {
    title: 'With an encryption context',
    explain:
      'An encryption context is bound to the encrypted data key: Decrypt must send exactly the same one, or KMS refuses with InvalidCiphertextException.',
    card: 'context-exact-match',
    actions: [
      'Encrypt with {"department":"finance"}',
      'Decrypt with {"department":"marketing"}',
      'Decrypt with {"department":"finance"}',
    ],
  },
  rotation: {
    title: 'After a rotation',
    explain:
      'Rotation gives the KMS key new material and keeps the old, so an envelope made before still opens, with nothing re-encrypted.',
    card: 'rotation-old-material-kept',
    actions: ['Rotate the key now (RotateKeyOnDemand)', 'Open the old envelope'],
  },
  'disabled-key': {
    title: 'With the key disabled',
    explain:
      'A disabled key refuses every cryptographic operation, Decrypt too (DisabledException): the data stays locked until the key is enabled again.',
    card: 'state-disabled-exception',
    actions: [
      'Disable the key',
      'Open the envelope',
      'Enable the key again',
      'Open the envelope again',
    ],
  },
  'without-plaintext': {
    title: 'A data key for later',
    explain:
      'GenerateDataKeyWithoutPlaintext returns only the encrypted data key: one part of a system stores it now, and another decrypts it when it has data to encrypt.',
    card: 'op-gdk-without-plaintext',
    actions: ['Call GenerateDataKeyWithoutPlaintext', 'Later: Decrypt it and encrypt the data'],
  },
  'why-not-encrypt': {
    title: 'Why not just Encrypt?',
    explain:
      'Encrypt takes at most 4,096 bytes, and every byte goes to KMS. A large file needs a call per 4 KB; envelope encryption needs two calls, whatever the size.',
    card: 'data-key-why',
    actions: ['Encrypt 4,097 bytes with Encrypt'],
  },
}
