/**
 * What each choice of the create-key wizard means, in a sentence, and the card that teaches it
 * (ids of cards/*.md; a test checks that each exists).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html
 */
import {
  encryptionAlgorithmsOf,
  keyAgreementAlgorithmsOf,
  macAlgorithmsOf,
  signingAlgorithmsOf,
  type KeySpec,
  type KeyUsage,
} from '@/core/kms/index.ts'
import type { KeyType, WizardChoices } from './create-key-wizard-model.ts'

export interface Explained {
  readonly sentence: string
  /** The card that teaches it. */
  readonly card: string
}

export const KEY_TYPES: Readonly<Record<KeyType, { label: string } & Explained>> = {
  symmetric: {
    label: 'Symmetric',
    sentence:
      'One secret key that never leaves KMS unencrypted: the same key encrypts and decrypts, or computes and checks MACs.',
    card: 'kms-symmetric-default-key',
  },
  asymmetric: {
    label: 'Asymmetric',
    sentence:
      'A key pair: the private key never leaves KMS, and anyone you give the public key (GetPublicKey) can encrypt or verify outside AWS.',
    card: 'kms-asymmetric-key-pair',
  },
}

/** The console's "Key material origin" (advanced options of step 1 there). */
export const KEY_ORIGINS: Readonly<Record<WizardChoices['origin'], { label: string } & Explained>> =
  {
    AWS_KMS: {
      label: 'KMS (recommended)',
      sentence: 'KMS makes the key material in its HSMs, and it never leaves them unencrypted.',
      card: 'import-origin-external',
    },
    EXTERNAL: {
      label: 'External (import key material)',
      sentence:
        'You bring the material: the key waits in PendingImport until you import it, wrapped under a public key KMS gives you; it can expire, and you can delete it.',
      card: 'import-pending-import-state',
    },
  }

export const KEY_USAGES: Readonly<Partial<Record<KeyUsage, { label: string } & Explained>>> = {
  ENCRYPT_DECRYPT: {
    label: 'Encrypt and decrypt',
    sentence:
      'The key encrypts and decrypts data (and, when symmetric, makes data keys). A key’s usage is fixed once it exists.',
    card: 'asym-key-usages',
  },
  SIGN_VERIFY: {
    label: 'Sign and verify',
    sentence:
      'The private key signs messages in KMS; the signature is checked with Verify, or outside AWS with the public key.',
    card: 'asym-sign-verify-specs',
  },
  KEY_AGREEMENT: {
    label: 'Key agreement',
    sentence:
      'The private key derives a secret shared with another party (ECDH, DeriveSharedSecret) from that party’s public key; the other party derives the same one with its private key and this key’s public key.',
    card: 'asym-key-agreement-specs',
  },
  GENERATE_VERIFY_MAC: {
    label: 'Generate and verify MAC',
    sentence:
      'An HMAC key: GenerateMac computes a MAC of a message, VerifyMac checks one. It encrypts nothing.',
    card: 'hmac-operations',
  },
}

/** What a key spec is and which algorithms it offers (AWS's lists, from the simulator's rules). */
export function explainKeySpec(spec: KeySpec, usage: KeyUsage): Explained {
  if (spec === 'SYMMETRIC_DEFAULT') {
    return {
      sentence:
        'A 256-bit AES-GCM key, the only spec of a symmetric encryption key (the default of CreateKey).',
      card: 'kms-symmetric-default-key',
    }
  }
  if (spec.startsWith('HMAC_')) {
    return {
      sentence: `A ${spec.slice(5)}-bit HMAC key; its one MAC algorithm is ${macAlgorithmsOf(spec).join('')}.`,
      card: 'hmac-specs',
    }
  }
  const pair = spec.startsWith('RSA_')
    ? `An RSA key pair with a ${spec.slice(4)}-bit modulus`
    : `An elliptic-curve key pair on ${spec.replace('ECC_NIST_', 'NIST ').replace('P', 'P-')}`
  if (usage === 'KEY_AGREEMENT') {
    return {
      sentence: `${pair}; it derives shared secrets with ${keyAgreementAlgorithmsOf(spec).join('')}.`,
      card: 'asym-key-agreement-specs',
    }
  }
  if (usage === 'SIGN_VERIFY') {
    return {
      sentence: `${pair}; it signs with ${signingAlgorithmsOf(spec).join(', ')}.`,
      card: 'asym-sign-verify-specs',
    }
  }
  return {
    sentence: `${pair}; it encrypts with ${encryptionAlgorithmsOf(spec).join(' or ')}, a little data at a time.`,
    card: 'asym-encrypt-decrypt-specs',
  }
}

export const LABELS = {
  description: {
    sentence:
      'A description is metadata that says what the key protects; DescribeKey returns it and you can change it later.',
    card: 'kms-key-components',
  },
  alias: {
    sentence:
      'An alias is a friendly name such as alias/orders that code can use instead of the key id, and that can later point to another key.',
    card: 'alias-what-is',
  },
  tags: {
    sentence:
      'Tags are key–value labels for cost reports and for access: an IAM policy can allow a key by its tags (aws:ResourceTag).',
    card: 'abac-resource-tag',
  },
} as const satisfies Record<string, Explained>

export const POLICIES = {
  default: {
    label: 'The default key policy (what CreateKey applies without a Policy)',
    sentence:
      'One statement lets the account do everything with the key, which hands access control to IAM policies: nobody else may use the key until an identity policy allows it.',
    card: 'key-policy-default-json',
  },
  console: {
    label: 'The console’s key policy, with key administrators and key users',
    sentence:
      'The same account statement, plus key administrators, who manage the key but cannot use it, and key users, who use it without any identity policy of their own.',
    card: 'acl-console-key-users',
  },
  administrators: {
    sentence:
      'Key administrators may enable, disable, tag, change the policy and manage aliases, but not encrypt or decrypt.',
    card: 'acl-console-key-administrators',
  },
  delete: {
    sentence:
      'kms:Delete* does not cover deleting the key: this adds kms:ScheduleKeyDeletion and kms:CancelKeyDeletion.',
    card: 'acl-console-admin-delete',
  },
} as const satisfies Record<string, Explained | ({ label: string } & Explained)>

export const REVIEW: Explained = {
  sentence:
    'Nothing exists until you choose Create key. The key type, usage and spec cannot be changed afterwards; the labels and the policy can.',
  card: 'asym-usage-fixed',
}

/** Every card the wizard links to, for the test that each exists in the deck. */
export function wizardCards(): string[] {
  const specs: [KeySpec, KeyUsage][] = [
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'],
    ['HMAC_256', 'GENERATE_VERIFY_MAC'],
    ['RSA_2048', 'ENCRYPT_DECRYPT'],
    ['ECC_NIST_P256', 'SIGN_VERIFY'],
    ['ECC_NIST_P384', 'KEY_AGREEMENT'],
  ]
  return [
    ...Object.values(KEY_TYPES),
    ...Object.values(KEY_USAGES),
    ...specs.map(([spec, usage]) => explainKeySpec(spec, usage)),
    ...Object.values(LABELS),
    ...Object.values(POLICIES),
    REVIEW,
  ].map((explained) => explained.card)
}
