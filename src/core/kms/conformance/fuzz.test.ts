// Property tests on the wire entry point (fast-check, fixed seed):
// (a) whatever arrives as a request body, `handle` answers with a well-formed awsJson1_1 success or
//     error and never rejects; (b) a damaged ciphertext blob never decrypts.
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  MEMBERS,
  OPERATIONS,
  UNKNOWN_TARGETS,
  call,
  checkResponse,
  validRequests,
} from './fuzz-requests.ts'
import { encodeBase64 } from '../../bytes/base64.ts'
import { createKeyId, createSim, keyArn, type Sim } from './harness.ts'

describe('fuzzing request bodies', () => {
  let sim: Sim
  let pool: unknown[]
  let templates: Record<string, Record<string, unknown>>
  const internalErrors: string[] = []
  /** Outcome counts per target (`200` or the error type), to show the fuzzer gets past parsing. */
  const outcomes = new Map<string, Map<string, number>>()

  beforeAll(async () => {
    sim = createSim()
    const sym = await createKeyId(sim.sdk)
    const hmac = await createKeyId(sim.sdk, {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    const ecc = await createKeyId(sim.sdk, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })
    await sim.sdk.createAlias({ AliasName: 'alias/fuzz', TargetKeyId: sym })
    const blob = (await sim.sdk.encrypt({ KeyId: sym, Plaintext: new Uint8Array([1, 2, 3]) }))
      .CiphertextBlob!
    const victim = await createKeyId(sim.sdk)
    const agree = await createKeyId(sim.sdk, {
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'KEY_AGREEMENT',
    })
    const peerKey = (await sim.sdk.getPublicKey({ KeyId: ecc })).PublicKey!
    const mac = (
      await sim.sdk.generateMac({
        KeyId: hmac,
        Message: new Uint8Array([1]),
        MacAlgorithm: 'HMAC_SHA_256',
      })
    ).Mac!
    const signature = (
      await sim.sdk.sign({
        KeyId: ecc,
        Message: new Uint8Array([1]),
        SigningAlgorithm: 'ECDSA_SHA_256',
      })
    ).Signature!
    templates = validRequests({
      sym,
      hmac,
      ecc,
      victim,
      blob: encodeBase64(blob),
      mac: encodeBase64(mac),
      signature: encodeBase64(signature),
      agree,
      peerKey: encodeBase64(peerKey),
    })
    // Real identifiers and blobs let random requests get past lookup into the operations.
    pool = [
      sym,
      keyArn(sym),
      hmac,
      ecc,
      keyArn(ecc),
      'alias/fuzz',
      'alias/aws/s3',
      'alias/',
      'alias/aws/',
      encodeBase64(blob),
      encodeBase64(blob.slice(0, 10)),
      'AAAA',
      '!!!not base64!!!',
      '====',
      '',
      'SYMMETRIC_DEFAULT',
      'HMAC_256',
      'ECC_NIST_P256',
      'AES_256',
      'AES_128',
      'ECDSA_SHA_256',
      'HMAC_SHA_256',
      'RSAES_OAEP_SHA_256',
      'DIGEST',
      'RAW',
      'ALL_KEY_MATERIAL',
      'default',
      'ENCRYPT_DECRYPT',
      'SIGN_VERIFY',
      'GENERATE_VERIFY_MAC',
      'ECC_NIST_P384',
      0,
      -1,
      1,
      7,
      32,
      90,
      1024,
      1025,
      2 ** 31,
      2 ** 53 + 2,
      1e308,
      -1e308,
      0.5,
      true,
      false,
      null,
      [],
      {},
      [null],
      [{ TagKey: 'a', TagValue: 'b' }],
      [{ TagKey: 1 }],
      { a: 'b' },
      { a: 1 },
      'x'.repeat(10_000),
    ]
  })

  const jsonValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    ),
  })).value

  const mutated = (template: Record<string, unknown>): fc.Arbitrary<string> => {
    const names = Object.keys(template)
    const mutation = fc.oneof(
      fc.constant({ kind: 'keep' as const, member: '', value: null }),
      fc.record({
        kind: fc.constantFrom('drop' as const, 'replace' as const, 'add' as const),
        member:
          names.length > 0
            ? fc.oneof(fc.constantFrom(...names), fc.constantFrom(...MEMBERS))
            : fc.constantFrom(...MEMBERS),
        value: fc.oneof(fc.constantFrom(...pool), jsonValue),
      }),
    )
    return fc.array(mutation, { minLength: 1, maxLength: 2 }).map((mutations) => {
      const request: Record<string, unknown> = { ...template }
      for (const { kind, member, value } of mutations) {
        if (kind === 'drop') delete request[member]
        else if (kind !== 'keep') request[member] = value
      }
      return JSON.stringify(request)
    })
  }

  const body = (operation?: string): fc.Arbitrary<string> =>
    fc.oneof(
      // A valid request with one or two members dropped, replaced or added: reaches deep paths.
      ...(operation
        ? [mutated(templates[operation] ?? {}), mutated(templates[operation] ?? {})]
        : []),
      // Plausible requests: known member names with values from the pool or random JSON.
      fc
        .dictionary(fc.constantFrom(...MEMBERS), fc.oneof(fc.constantFrom(...pool), jsonValue), {
          maxKeys: 6,
        })
        .map((members) => JSON.stringify(members)),
      // Random JSON of any shape, including arrays, numbers and strings at the top level.
      fc.json({ depthSize: 'small' }),
      // Not JSON at all.
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '',
        '{',
        '}',
        'null',
        '[]',
        '"str"',
        '{"KeyId":}',
        '\u0000',
        '{"a":1}garbage',
        // Prototype pollution probes: JSON.parse makes "__proto__" an own property.
        '{"__proto__":{"polluted":true},"KeyId":"alias/fuzz"}',
        '{"constructor":{"prototype":{"polluted":true}},"KeyId":"alias/fuzz"}',
        '{"EncryptionContext":{"__proto__":{"polluted":true}},"KeyId":"alias/fuzz","Plaintext":"AQ=="}',
      ),
      // Deep nesting: at the top level, and inside a known, an unknown or a map member (which
      // once overflowed the audit summary's stack: issue 16, fault 1).
      fc.integer({ min: 50, max: 2000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc
        .tuple(
          fc.constantFrom('{"KeyId":%}', '{"Unknown":%}', '{"EncryptionContext":{"a":%}}'),
          fc.integer({ min: 50, max: 3000 }),
        )
        .map(([shape, depth]) => shape.replace('%', '['.repeat(depth) + ']'.repeat(depth))),
    )

  for (const operation of OPERATIONS) {
    it(`TrentService.${operation} answers every body with a well-formed response`, async () => {
      const target = `TrentService.${operation}`
      // Keys made by the CreateKey fuzz would slow every later request (each one scans all keys),
      // so CreateKey gets its own simulator.
      const subject = operation === 'CreateKey' ? createSim() : sim
      await fc.assert(
        fc.asyncProperty(body(operation), async (text) => {
          const out = await call(subject, target, text)
          const type = checkResponse(out, `${target} ${text.slice(0, 120)}`)
          if (type === 'KMSInternalException')
            internalErrors.push(`${target} ${text.slice(0, 200)}`)
          const counts = outcomes.get(operation) ?? new Map<string, number>()
          counts.set(type ?? '200', (counts.get(type ?? '200') ?? 0) + 1)
          outcomes.set(operation, counts)
        }),
        { seed: 42, numRuns: 80 },
      )
    })
  }

  it('answers unknown targets with an error and never rejects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...UNKNOWN_TARGETS), body(), async (target, text) => {
        const out = await call(sim, target, text)
        const type = checkResponse(out, `${target} ${text.slice(0, 120)}`)
        expect(type, `${target} must be an error`).toBeDefined()
      }),
      { seed: 42, numRuns: 60 },
    )
  })

  it('gets past request parsing: most operations see more than one kind of answer', () => {
    if (process.env.FUZZ_STATS) {
      for (const [op, counts] of outcomes) console.log(op, Object.fromEntries(counts))
    }
    const varied = [...outcomes.values()].filter((counts) => counts.size > 1)
    expect(varied.length).toBeGreaterThan(OPERATIONS.length * 0.8)
  })

  it('never lets a request body pollute Object.prototype', () => {
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never turns a malformed request into an internal error (KMSInternalException)', () => {
    // Real KMS answers bad input with a client error; a 500 here means an unhandled crash.
    expect(internalErrors).toEqual([])
  })
})

describe('damaged ciphertext never decrypts', () => {
  let sim: Sim
  let blob: Uint8Array
  let dataKeyBlob: Uint8Array
  const context = { purpose: 'fuzz' }
  const allowed = new Set([
    'InvalidCiphertextException',
    'IncorrectKeyException',
    'AccessDeniedException',
    'NotFoundException',
  ])

  beforeAll(async () => {
    sim = createSim()
    const keyId = await createKeyId(sim.sdk)
    const enc = await sim.sdk.encrypt({
      KeyId: keyId,
      Plaintext: new TextEncoder().encode('the quick brown fox'),
      EncryptionContext: context,
    })
    blob = enc.CiphertextBlob!
    dataKeyBlob = (await sim.sdk.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' }))
      .CiphertextBlob!
  })

  async function expectNoDecrypt(
    bytes: Uint8Array,
    ctx: Record<string, string> | undefined,
    extra: string[] = [],
  ) {
    const request = {
      CiphertextBlob: encodeBase64(bytes),
      ...(ctx ? { EncryptionContext: ctx } : {}),
    }
    const out = await call(sim, 'TrentService.Decrypt', JSON.stringify(request))
    const type = checkResponse(out, 'Decrypt of a damaged blob')
    expect(out.status, `damaged blob of ${bytes.length} bytes decrypted`).not.toBe(200)
    expect([...allowed, ...extra]).toContain(type)
  }

  it('the undamaged blobs decrypt (control)', async () => {
    const ok = await call(
      sim,
      'TrentService.Decrypt',
      JSON.stringify({ CiphertextBlob: encodeBase64(blob), EncryptionContext: context }),
    )
    expect(ok.status).toBe(200)
    const ok2 = await call(
      sim,
      'TrentService.Decrypt',
      JSON.stringify({ CiphertextBlob: encodeBase64(dataKeyBlob) }),
    )
    expect(ok2.status).toBe(200)
  })

  it('a flipped bit at every byte position (random bit) is refused', async () => {
    for (const [target, ctx] of [
      [blob, context],
      [dataKeyBlob, undefined],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.nat(7), { minLength: target.length, maxLength: target.length }),
          async (bits) => {
            for (let i = 0; i < target.length; i++) {
              const damaged = target.slice()
              damaged[i] = (damaged[i] ?? 0) ^ (1 << (bits[i] ?? 0))
              await expectNoDecrypt(damaged, ctx)
            }
          },
        ),
        { seed: 42, numRuns: 3 },
      )
    }
  })

  it('every truncation and an appended byte are refused', async () => {
    for (let length = 0; length < blob.length; length++) {
      // An empty blob breaks the model's min length 1: ValidationException is the right answer.
      await expectNoDecrypt(
        blob.slice(0, length),
        context,
        length === 0 ? ['ValidationException'] : [],
      )
    }
    const longer = new Uint8Array(blob.length + 1)
    longer.set(blob)
    await expectNoDecrypt(longer, context)
  })

  it('random blobs are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        await expectNoDecrypt(bytes, undefined)
      }),
      { seed: 42, numRuns: 200 },
    )
  })
})
