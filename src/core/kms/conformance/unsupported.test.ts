// Key specs and modes the browser simulator cannot back with WebCrypto must fail the way AWS fails
// an unsupported request (UnsupportedOperationException), never with a crash or a fake success.
// https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html
import { UnsupportedOperationException, type KeySpec, type KeyUsageType } from '@aws-sdk/client-kms'
import { describe, expect, it } from 'vitest'
import { createSim, expectKmsError } from './harness.ts'

describe('unsupported key specs', () => {
  const sim = createSim()
  const specs: [KeySpec, KeyUsageType][] = [
    ['ECC_SECG_P256K1', 'SIGN_VERIFY'],
    ['SM2', 'SIGN_VERIFY'],
    // WebCrypto has ECDH on the NIST curves only: SM2 key agreement stays refused.
    ['SM2', 'KEY_AGREEMENT'],
    ['ML_DSA_65', 'SIGN_VERIFY'],
    ['HMAC_224', 'GENERATE_VERIFY_MAC'],
  ]
  for (const [KeySpec, KeyUsage] of specs) {
    it(`CreateKey ${KeySpec} is UnsupportedOperationException`, async () => {
      await expectKmsError(sim.sdk.createKey({ KeySpec, KeyUsage }), UnsupportedOperationException)
    })
  }

  it('refuses custom key store origins', async () => {
    for (const Origin of ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const) {
      await expectKmsError(
        sim.sdk.createKey({ Origin }),
        UnsupportedOperationException,
        `The KeyDeck simulator does not support Origin ${Origin} (custom key stores).`,
      )
    }
  })

  it('imports no RSA key material (RSA_AES_KEY_WRAP)', async () => {
    await expectKmsError(
      sim.sdk.createKey({ Origin: 'EXTERNAL', KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
      UnsupportedOperationException,
      /does not support Origin EXTERNAL with key spec RSA_2048: an RSA private key is imported wrapped with RSA_AES_KEY_WRAP_SHA_1 or RSA_AES_KEY_WRAP_SHA_256/,
    )
  })

  it('leaves no half-created key behind', async () => {
    const before = (await sim.sdk.listKeys({})).Keys?.length ?? 0
    await expectKmsError(
      sim.sdk.createKey({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }),
      UnsupportedOperationException,
    )
    expect((await sim.sdk.listKeys({})).Keys?.length ?? 0).toBe(before)
  })
})
