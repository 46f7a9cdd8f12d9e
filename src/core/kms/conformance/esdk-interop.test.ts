// The AWS Encryption SDK (client-node) uses the simulator as its KMS, through the real SDK client.
// This proves the simulator meets the ESDK's KMS contract: ARNs in KeyId, NumberOfBytes data keys,
// the encryption context as AAD, and Decrypt's KeyId equal to the ARN stored in each EDK.
// https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/js-examples.html
import { CommitmentPolicy, KmsKeyringNode, buildClient } from '@aws-crypto/client-node'
import { InvalidCiphertextException, type KMS } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  text,
  utf8,
  type Sim,
} from './harness.ts'
import { sdkKms, type SimulatorRequestHandler } from './sdk-client.ts'

const { encrypt, decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT)
const context = { tenant: 'acme', purpose: 'esdk-interop' }

describe('AWS Encryption SDK through the simulator', () => {
  let sim: Sim
  let generator: string
  let other: string
  let client: KMS
  /** `<target> <status> [<__type>]` of every KMS call the Encryption SDK made. */
  let calls: string[]
  const regions: string[] = []

  function keyring(generatorKeyId: string, keyIds: string[] = []): KmsKeyringNode {
    // The ESDK asks for a client per call, with the region parsed from the key ARN.
    const clientProvider = (region: string) => {
      regions.push(region)
      return client
    }
    return new KmsKeyringNode({ generatorKeyId, keyIds, clientProvider })
  }

  beforeAll(async () => {
    sim = createSim()
    generator = keyArn(await createSymmetricKey(sim.sdk, 'esdk generator'))
    other = keyArn(await createSymmetricKey(sim.sdk, 'esdk second key'))
    client = sdkKms(sim.kms)
    calls = (client.config.requestHandler as unknown as SimulatorRequestHandler).exchanges
  })

  it('encrypts with two KMS keys and decrypts with the same keyring', async () => {
    const ring = keyring(generator, [other])
    const { result, messageHeader } = await encrypt(ring, utf8('hello from the ESDK'), {
      encryptionContext: context,
    })
    expect(messageHeader.encryptedDataKeys.map((edk) => edk.providerInfo)).toEqual([
      generator,
      other,
    ])
    expect(calls).toEqual(['TrentService.GenerateDataKey 200', 'TrentService.Encrypt 200'])
    expect(regions.every((r) => r === 'us-east-1')).toBe(true)

    const out = await decrypt(ring, result)
    expect(text(out.plaintext)).toBe('hello from the ESDK')
    expect(out.messageHeader.encryptionContext).toMatchObject(context)
  })

  it('records the key ARN KMS returns when the keyring names an alias ARN', async () => {
    const aliasArn = `arn:aws:kms:us-east-1:111122223333:alias/esdk`
    await sim.sdk.createAlias({ AliasName: 'alias/esdk', TargetKeyId: generator })
    const { result, messageHeader } = await encrypt(keyring(aliasArn), utf8('via alias'), {
      encryptionContext: context,
    })
    // The ESDK stores GenerateDataKey's KeyId, so it must be the key ARN, not the alias.
    expect(messageHeader.encryptedDataKeys.map((edk) => edk.providerInfo)).toEqual([generator])
    const out = await decrypt(keyring(generator), result)
    expect(text(out.plaintext)).toBe('via alias')
  })

  it('decrypts with a keyring that only knows the second key', async () => {
    const { result } = await encrypt(keyring(generator, [other]), utf8('either key works'), {
      encryptionContext: context,
    })
    const out = await decrypt(keyring(other), result)
    expect(text(out.plaintext)).toBe('either key works')
  })

  it('fails when the message header carries another context: KMS refuses the data key', async () => {
    const { result } = await encrypt(keyring(generator), utf8('bound to a context'), {
      encryptionContext: context,
    })
    const tampered = Uint8Array.from(result)
    const at = findBytes(tampered, utf8('esdk-interop'))
    expect(at).toBeGreaterThan(0)
    tampered.set(utf8('esdk-interoq'), at)
    calls.length = 0
    await expect(decrypt(keyring(generator), tampered)).rejects.toThrow()
    expect(calls).toEqual(['TrentService.Decrypt 400 InvalidCiphertextException'])
  })

  it('binds the ESDK data key to the full encryption context in KMS', async () => {
    const { messageHeader } = await encrypt(keyring(generator), utf8('edk check'), {
      encryptionContext: context,
    })
    const edk = messageHeader.encryptedDataKeys[0]!
    const full = { ...messageHeader.encryptionContext }
    expect(full).toMatchObject(context)
    const ok = await sim.sdk.decrypt({
      CiphertextBlob: edk.encryptedDataKey,
      EncryptionContext: full,
    })
    expect(ok.KeyId).toBe(generator)
    expect(ok.Plaintext).toHaveLength(32)
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: edk.encryptedDataKey, EncryptionContext: context }),
      InvalidCiphertextException,
    )
    await expectKmsError(
      sim.sdk.decrypt({
        CiphertextBlob: edk.encryptedDataKey,
        EncryptionContext: { ...full, tenant: 'someone-else' },
      }),
      InvalidCiphertextException,
    )
  })

  it('fails to decrypt once the KMS key is disabled, and works again after enabling', async () => {
    const arn = keyArn(await createSymmetricKey(sim.sdk))
    const { result } = await encrypt(keyring(arn), utf8('until disabled'), {
      encryptionContext: context,
    })
    await sim.sdk.disableKey({ KeyId: arn })
    calls.length = 0
    await expect(decrypt(keyring(arn), result)).rejects.toThrow()
    expect(calls).toEqual(['TrentService.Decrypt 400 DisabledException'])
    await expect(encrypt(keyring(arn), utf8('x'), { encryptionContext: context })).rejects.toThrow(
      /is disabled/,
    )
    await sim.sdk.enableKey({ KeyId: arn })
    const out = await decrypt(keyring(arn), result)
    expect(text(out.plaintext)).toBe('until disabled')
  })

  it('handles a 1 MiB message', async () => {
    const big = new Uint8Array(1024 * 1024)
    for (let i = 0; i < big.length; i++) big[i] = i & 0xff
    const { result } = await encrypt(keyring(generator), big, { encryptionContext: context })
    const out = await decrypt(keyring(generator), result)
    expect(out.plaintext.equals(big)).toBe(true)
  })
})

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}
