import { DAY_MS } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { UnsupportedOperationException, ValidationException } from '../errors.ts'
import { toHex } from '../ids.ts'
import { keyIdMember } from '../operations/common-members.ts'
import {
  WRAPPING_ALGORITHMS,
  WRAPPING_KEY_SPECS,
  type KeyArn,
  type KeySpec,
  type WrappingAlgorithm,
  type WrappingKeySpec,
} from '../types.ts'
import { required, string } from '../validation/shape.ts'
import { MAX_PARAMETERS, type ImportParameters } from './imported-material.ts'
import { assertImportAllowed, importedOf } from './import-rules.ts'
import { generateWrappingKeyPair } from './wrapping-key.ts'

/** The public key and import token are valid for 24 hours. */
export const IMPORT_PARAMETERS_VALID_MS = DAY_MS
/** Random bytes of an import token; the token only names parameters the key keeps. */
const TOKEN_BYTES = 32

export interface GetParametersForImportOutput {
  KeyId: KeyArn
  ImportToken: Uint8Array
  PublicKey: Uint8Array
  ParametersValidTo: Date
}

/**
 * A fresh RSA wrapping key pair and an import token for one key with Origin EXTERNAL. The token
 * is random; what it stands for (the key, the wrapping algorithm and key spec, the private key,
 * the expiry) is kept with the key, so a token works only for the key it came from and only
 * until ParametersValidTo, on the simulated clock. Works in every state but PendingDeletion,
 * Creating and Updating, so the same material can be imported again.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
 */
export const getParametersForImport = defineOperation({
  input: {
    KeyId: required(keyIdMember()),
    WrappingAlgorithm: required(string({ enum: WRAPPING_ALGORITHMS })),
    WrappingKeySpec: required(string({ enum: WRAPPING_KEY_SPECS })),
  },
  async run(rc, input): Promise<GetParametersForImportOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:GetParametersForImport', key, {
      'kms:WrappingAlgorithm': input.WrappingAlgorithm,
      'kms:WrappingKeySpec': input.WrappingKeySpec,
    })
    const imported = importedOf(key)
    assertImportAllowed(key, 'get')
    const wrappingAlgorithm = servableAlgorithm(input.WrappingAlgorithm)
    const wrappingKeySpec = servableKeySpec(input.WrappingKeySpec)
    assertWrapsKeySpec(key.keySpec, wrappingAlgorithm, wrappingKeySpec)
    const { privateKey, publicKeyDer } = await generateWrappingKeyPair(
      wrappingKeySpec,
      wrappingAlgorithm,
    )
    const tokenBytes = rc.random(TOKEN_BYTES)
    const validTo = rc.now() + IMPORT_PARAMETERS_VALID_MS
    const parameters: ImportParameters = {
      token: toHex(tokenBytes),
      wrappingAlgorithm,
      wrappingKeySpec,
      privateKey,
      validTo,
    }
    await rc.store.keys.put(key.keyId, {
      ...key,
      imported: {
        ...imported,
        parameters: [...imported.parameters, parameters].slice(-MAX_PARAMETERS),
      },
    })
    return {
      KeyId: key.arn,
      ImportToken: tokenBytes,
      PublicKey: publicKeyDer,
      ParametersValidTo: new Date(validTo),
    }
  },
})

const notServed = (what: string) =>
  new UnsupportedOperationException(
    `The KeyDeck simulator does not support ${what}. Real AWS KMS supports it.`,
  )

/**
 * RSAES_OAEP_SHA_1 and RSAES_OAEP_SHA_256 are WebCrypto's RSA-OAEP. The RSA_AES_KEY_WRAP
 * algorithms wrap with AES key wrap WITH PADDING (RFC 5649), which WebCrypto's AES-KW (RFC 3394)
 * is not; SM2PKE is China Regions only and not in WebCrypto. AWS dropped RSAES_PKCS1_V1_5 in
 * October 2023 (its error text is not recorded).
 */
function servableAlgorithm(algorithm: WrappingAlgorithm): ImportParameters['wrappingAlgorithm'] {
  switch (algorithm) {
    case 'RSAES_OAEP_SHA_1':
    case 'RSAES_OAEP_SHA_256':
      return algorithm
    case 'RSAES_PKCS1_V1_5':
      throw new ValidationException(
        'KMS does not support the RSAES_PKCS1_V1_5 wrapping algorithm since October 10, 2023.',
      )
    case 'RSA_AES_KEY_WRAP_SHA_1':
    case 'RSA_AES_KEY_WRAP_SHA_256':
      throw notServed(
        `wrapping algorithm ${algorithm}: it wraps with AES key wrap with padding (RFC 5649), which the browser's WebCrypto AES-KW (RFC 3394) cannot unwrap. Use RSAES_OAEP_SHA_256 for symmetric, HMAC and ECC key material`,
      )
    case 'SM2PKE':
      throw notServed(`wrapping algorithm SM2PKE (China Regions only; not in WebCrypto)`)
  }
}

function servableKeySpec(spec: WrappingKeySpec): ImportParameters['wrappingKeySpec'] {
  if (spec === 'SM2')
    throw notServed('wrapping key spec SM2 (China Regions only; not in WebCrypto)')
  return spec
}

/**
 * "You cannot use RSAES_OAEP_SHA_* with the RSA_2048 wrapping key spec to wrap ECC_NIST_P521 key
 * material" (GetParametersForImport): its PKCS #8 private key is longer than RSA-2048 OAEP can
 * encrypt. Refused when the parameters are asked for, so no token is handed out for it; the
 * exception and its text are unverified (the simulator's choice).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
 */
function assertWrapsKeySpec(
  keySpec: KeySpec,
  algorithm: ImportParameters['wrappingAlgorithm'],
  wrappingKeySpec: ImportParameters['wrappingKeySpec'],
): void {
  if (keySpec === 'ECC_NIST_P521' && wrappingKeySpec === 'RSA_2048') {
    throw new ValidationException(
      `The ${algorithm} wrapping algorithm with the RSA_2048 wrapping key spec cannot wrap ECC_NIST_P521 key material. Use the RSA_3072 or RSA_4096 wrapping key spec.`,
    )
  }
}
