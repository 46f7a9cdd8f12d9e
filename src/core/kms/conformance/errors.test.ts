// Error shapes on the wire and as the SDK surfaces them.
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
// https://docs.aws.amazon.com/kms/latest/APIReference/CommonErrors.html
import {
  DisabledException,
  KMSInvalidStateException,
  KMSServiceException,
  NotFoundException,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSim, createSymmetricKey, expectKmsError, keyArn, utf8, type Sim } from './harness.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function header(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1]
}

describe('errors through the SDK', () => {
  let sim: Sim
  let keyId: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
  })

  it('maps modeled errors to the exported classes with client fault and HTTP 400', async () => {
    const error = await expectKmsError(
      sim.sdk.describeKey({ KeyId: 'alias/none' }),
      NotFoundException,
    )
    expect(error.name).toBe('NotFoundException')
    expect(error.$fault).toBe('client')
    expect(error.$metadata.requestId).toMatch(UUID)
    expect(error.$metadata.attempts).toBe(1)
  })

  it('sends state errors as 400 too, not the 409 of the Smithy model', async () => {
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x') }), DisabledException)
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await expectKmsError(sim.sdk.enableKey({ KeyId: keyId }), KMSInvalidStateException)
  })

  it('surfaces ValidationException as a KMSServiceException named ValidationException', async () => {
    const error = await expectKmsError(
      sim.sdk.generateRandom({ NumberOfBytes: 5000 }),
      'ValidationException',
    )
    expect(error.constructor).toBe(KMSServiceException)
  })

  it('names a missing required member in the AWS validation format', async () => {
    await expectKmsError(
      sim.sdk.describeKey({} as { KeyId: string }),
      'ValidationException',
      /^1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null/,
    )
  })

  it('answers a blob whose key is gone with AccessDeniedException', async () => {
    const id = await createSymmetricKey(sim.sdk)
    const blob = (await sim.sdk.encrypt({ KeyId: id, Plaintext: utf8('orphan') })).CiphertextBlob
    await sim.sdk.scheduleKeyDeletion({ KeyId: id, PendingWindowInDays: 7 })
    sim.advanceDays(8)
    await expectKmsError(
      sim.sdk.decrypt({ CiphertextBlob: blob }),
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    )
  })

  it('gives successful calls a request id too', async () => {
    const out = await sim.sdk.listKeys({})
    expect(out.$metadata.httpStatusCode).toBe(200)
    expect(out.$metadata.requestId).toMatch(UUID)
  })
})

describe('errors on the wire (kms.handle)', () => {
  const sim = createSim()

  it('writes {__type, message} JSON with the awsJson1_1 content type', async () => {
    const out = await sim.kms.handle('TrentService.DescribeKey', '{"KeyId":"alias/none"}')
    expect(out.status).toBe(400)
    expect(header(out.headers, 'content-type')).toBe('application/x-amz-json-1.1')
    expect(header(out.headers, 'x-amzn-requestid')).toMatch(UUID)
    const body = JSON.parse(out.body) as Record<string, unknown>
    expect(body.__type).toBe('NotFoundException')
    expect(typeof body.message).toBe('string')
  })

  it('answers an operation without output with 200 and an empty body', async () => {
    const created = await sim.kms.handle('TrentService.CreateKey', '{}')
    const id = (JSON.parse(created.body) as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId
    const out = await sim.kms.handle('TrentService.DisableKey', JSON.stringify({ KeyId: id }))
    expect(out.status).toBe(200)
    expect(out.body).toBe('')
    expect(header(out.headers, 'content-type')).toBe('application/x-amz-json-1.1')
    const arn = keyArn(id)
    const described = await sim.kms.handle(
      'TrentService.DescribeKey',
      JSON.stringify({ KeyId: arn }),
    )
    const meta = (JSON.parse(described.body) as { KeyMetadata: Record<string, unknown> })
      .KeyMetadata
    // Timestamps are epoch seconds on the wire.
    expect(typeof meta.CreationDate).toBe('number')
    expect(meta.CreationDate).toBeLessThan(1e11)
  })

  it('names an unknown target and a non-JSON body with AWS-wide error types', async () => {
    const unknown = await sim.kms.handle('TrentService.MakeCoffee', '{}')
    expect(unknown.status).toBe(400)
    expect(JSON.parse(unknown.body)).toMatchObject({ __type: 'UnknownOperationException' })
    const foreign = await sim.kms.handle('DynamoDB_20120810.ListTables', '{}')
    expect(foreign.status).toBe(400)
    const notJson = await sim.kms.handle('TrentService.ListKeys', 'not json')
    expect(notJson.status).toBe(400)
    expect(JSON.parse(notJson.body)).toMatchObject({ __type: 'SerializationException' })
  })
})
