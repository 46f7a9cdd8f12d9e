import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OPERATION_NAMES } from '../operations/registry.ts'
import { createTestKms } from '../testing/test-kms.ts'

describe('handle (awsJson1_1)', () => {
  it('answers a success with the JSON content type and a request id', async () => {
    const { kms } = createTestKms()
    const res = await kms.handle('TrentService.CreateKey', '{}')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/x-amz-json-1.1')
    expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/)
    const body = JSON.parse(res.body)
    expect(body.KeyMetadata.CreationDate).toBe(1767225600)
  })

  it('operations without output answer 200 with an empty body', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = JSON.parse((await kms.handle('TrentService.CreateKey', '{}')).body)
    const res = await kms.handle(
      'TrentService.DisableKey',
      JSON.stringify({ KeyId: KeyMetadata.KeyId }),
    )
    expect(res).toMatchObject({ status: 200, body: '' })
  })

  it('blobs travel as base64 and timestamps as epoch seconds', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = JSON.parse((await kms.handle('TrentService.CreateKey', '{}')).body)
    const enc = JSON.parse(
      (
        await kms.handle(
          'TrentService.Encrypt',
          JSON.stringify({ KeyId: KeyMetadata.Arn, Plaintext: btoa('hello') }),
        )
      ).body,
    )
    const dec = JSON.parse(
      (
        await kms.handle(
          'TrentService.Decrypt',
          JSON.stringify({ CiphertextBlob: enc.CiphertextBlob }),
        )
      ).body,
    )
    expect(atob(dec.Plaintext)).toBe('hello')
    const scheduled = JSON.parse(
      (
        await kms.handle(
          'TrentService.ScheduleKeyDeletion',
          JSON.stringify({ KeyId: KeyMetadata.KeyId, PendingWindowInDays: 7 }),
        )
      ).body,
    )
    expect(scheduled.DeletionDate).toBe(1767225600 + 7 * 86400)
  })

  it('unknown targets, non-object bodies and wrong types are AWS errors with status 400', async () => {
    const { kms } = createTestKms()
    const cases: [string, string, string][] = [
      ['TrentService.Nope', '{}', 'UnknownOperationException'],
      ['KMS.CreateKey', '{}', 'UnknownOperationException'],
      ['TrentService.toString', '{}', 'UnknownOperationException'],
      ['TrentService.CreateKey', '[1]', 'SerializationException'],
      ['TrentService.CreateKey', 'null', 'SerializationException'],
      ['TrentService.CreateKey', '{oops', 'SerializationException'],
      ['TrentService.DescribeKey', '{"KeyId":{"a":1}}', 'SerializationException'],
      ['TrentService.Encrypt', '{"KeyId":"k","Plaintext":"%%%"}', 'SerializationException'],
      ['TrentService.DescribeKey', '{}', 'ValidationException'],
    ]
    for (const [target, body, type] of cases) {
      const res = await kms.handle(target, body)
      expect(res.status, `${target} ${body}`).toBe(400)
      expect(JSON.parse(res.body), `${target} ${body}`).toMatchObject({ __type: type })
    }
  })

  it('serializes concurrent requests: one of many racing CreateAlias calls wins', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = JSON.parse((await kms.handle('TrentService.CreateKey', '{}')).body)
    const body = JSON.stringify({ AliasName: 'alias/race', TargetKeyId: KeyMetadata.KeyId })
    const results = await Promise.all(
      Array.from({ length: 10 }, () => kms.handle('TrentService.CreateAlias', body)),
    )
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
    expect(results.filter((r) => r.body.includes('AlreadyExistsException'))).toHaveLength(9)
  })

  it('a broken random source or a non-string target is still an AWS error response', async () => {
    const { kms } = createTestKms({
      random: () => {
        throw new Error('no entropy')
      },
    })
    const res = await kms.handle('TrentService.GenerateRandom', '{"NumberOfBytes":8}')
    expect(res.status).toBe(500)
    expect(JSON.parse(res.body).__type).toBe('KMSInternalException')
    const odd = await kms.handle(42 as unknown as string, '{}')
    expect(JSON.parse(odd.body).__type).toBe('UnknownOperationException')
  })

  it('never throws and never fails internally, whatever the body (fuzz)', async () => {
    const { kms } = createTestKms()
    const { KeyMetadata } = JSON.parse((await kms.handle('TrentService.CreateKey', '{}')).body)
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(KeyMetadata.KeyId),
      fc.base64String(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    )
    const member = fc.constantFrom(
      'KeyId',
      'Plaintext',
      'CiphertextBlob',
      'EncryptionContext',
      'NumberOfBytes',
      'KeySpec',
      'KeyUsage',
      'AliasName',
      'TargetKeyId',
      'Tags',
      'TagKeys',
      'Limit',
      'Marker',
      'Policy',
      'Message',
      'SigningAlgorithm',
      'MacAlgorithm',
      'Mac',
      'Signature',
      'DestinationKeyId',
      'PendingWindowInDays',
      'RotationPeriodInDays',
      'DryRun',
      'GrantTokens',
      'Description',
    )
    const body = fc.oneof(
      fc.dictionary(member, value, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
      fc.string(),
      fc.json(),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...OPERATION_NAMES), body, async (operation, text) => {
        const res = await kms.handle(`TrentService.${operation}`, text)
        expect([200, 400]).toContain(res.status)
        if (res.status === 400) expect(JSON.parse(res.body).__type).toMatch(/^[A-Za-z]+$/)
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})
