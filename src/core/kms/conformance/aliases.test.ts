// CreateAlias / UpdateAlias / DeleteAlias / ListAliases.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html
// https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html
import {
  AlreadyExistsException,
  InvalidAliasNameException,
  LimitExceededException,
  NotFoundException,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DAY_MS,
  T0,
  aliasArn,
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  utf8,
  type Sim,
} from './harness.ts'

describe('aliases', () => {
  let sim: Sim
  let keyA: string
  let keyB: string

  beforeAll(async () => {
    sim = createSim()
    keyA = await createSymmetricKey(sim.sdk)
    keyB = await createSymmetricKey(sim.sdk)
    await sim.sdk.createAlias({ AliasName: 'alias/app', TargetKeyId: keyA })
  })

  it('lists a new alias with its ARN, target and dates', async () => {
    const out = await sim.sdk.listAliases({ KeyId: keyA })
    expect(out.Aliases).toEqual([
      {
        AliasName: 'alias/app',
        AliasArn: aliasArn('alias/app'),
        TargetKeyId: keyA,
        CreationDate: new Date(T0),
        LastUpdatedDate: new Date(T0),
      },
    ])
  })

  it('accepts a key ARN as the target', async () => {
    await sim.sdk.createAlias({ AliasName: 'alias/by-arn', TargetKeyId: keyArn(keyB) })
    const out = await sim.sdk.describeKey({ KeyId: 'alias/by-arn' })
    expect(out.KeyMetadata?.KeyId).toBe(keyB)
  })

  it('requires the alias/ prefix with the AWS message', async () => {
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: 'app2', TargetKeyId: keyA }),
      'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    )
  })

  it('refuses names outside the model pattern', async () => {
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: 'alias/has space', TargetKeyId: keyA }),
      'ValidationException',
    )
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: `alias/${'a'.repeat(251)}`, TargetKeyId: keyA }),
      'ValidationException',
    )
  })

  it('refuses the bare prefix "alias/"', async () => {
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: 'alias/', TargetKeyId: keyA }),
      InvalidAliasNameException,
      'Alias name alias/ is not valid.',
    )
  })

  it('refuses duplicates with AlreadyExistsException', async () => {
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: 'alias/app', TargetKeyId: keyB }),
      AlreadyExistsException,
      /already exists/,
    )
  })

  it('reserves alias/aws/ for AWS managed keys', async () => {
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: 'alias/aws/mine', TargetKeyId: keyA }),
      'NotAuthorizedException',
    )
  })

  it('creates a contested alias exactly once under concurrent requests', async () => {
    const results = await Promise.allSettled(
      [keyA, keyB, keyA, keyB, keyA].map((TargetKeyId) =>
        sim.sdk.createAlias({ AliasName: 'alias/race', TargetKeyId }),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(AlreadyExistsException)
    }
  })

  it('refuses a missing target with NotFoundException', async () => {
    await expectKmsError(
      sim.sdk.createAlias({
        AliasName: 'alias/orphan',
        TargetKeyId: '9d9b1a1e-3f0c-4c1a-8e2f-5b6a7c8d9e0f',
      }),
      NotFoundException,
    )
  })

  it('retargets with UpdateAlias, updating LastUpdatedDate only', async () => {
    await sim.sdk.createAlias({ AliasName: 'alias/moving', TargetKeyId: keyA })
    sim.advanceDays(1)
    await sim.sdk.updateAlias({ AliasName: 'alias/moving', TargetKeyId: keyB })
    const enc = await sim.sdk.encrypt({ KeyId: 'alias/moving', Plaintext: utf8('x') })
    expect(enc.KeyId).toBe(keyArn(keyB))
    const entry = (await sim.sdk.listAliases({ KeyId: keyB })).Aliases?.find(
      (a) => a.AliasName === 'alias/moving',
    )
    expect(entry?.CreationDate).toEqual(new Date(T0))
    expect(entry?.LastUpdatedDate).toEqual(new Date(T0 + DAY_MS))
    await expectKmsError(
      sim.sdk.updateAlias({ AliasName: 'alias/never-made', TargetKeyId: keyB }),
      NotFoundException,
    )
  })

  it('refuses to retarget an alias to a key of another type or usage', async () => {
    const hmac = await createKeyId(sim.sdk, {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    // AWS's exact error for this case is not recorded; this pins the simulator's answer.
    await expectKmsError(
      sim.sdk.updateAlias({ AliasName: 'alias/app', TargetKeyId: hmac }),
      'ValidationException',
      'Alias alias/app cannot be moved from a symmetric ENCRYPT_DECRYPT key to a HMAC GENERATE_VERIFY_MAC key: the new target must have the same key type and key usage.',
    )
  })

  it('deletes an alias; the name then resolves to nothing', async () => {
    await sim.sdk.createAlias({ AliasName: 'alias/temp', TargetKeyId: keyA })
    await sim.sdk.deleteAlias({ AliasName: 'alias/temp' })
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: 'alias/temp', Plaintext: utf8('x') }),
      NotFoundException,
    )
    await expectKmsError(sim.sdk.deleteAlias({ AliasName: 'alias/temp' }), NotFoundException)
    const names = (await sim.sdk.listAliases({})).Aliases?.map((a) => a.AliasName)
    expect(names).not.toContain('alias/temp')
  })

  it('allows 50 aliases per key, then LimitExceededException', async () => {
    const id = await createSymmetricKey(sim.sdk)
    for (let i = 0; i < 50; i++) {
      await sim.sdk.createAlias({ AliasName: `alias/quota-${i}`, TargetKeyId: id })
    }
    await expectKmsError(
      sim.sdk.createAlias({ AliasName: 'alias/quota-50', TargetKeyId: id }),
      LimitExceededException,
    )
  })

  it('filters ListAliases by key id or key ARN', async () => {
    const byId = (await sim.sdk.listAliases({ KeyId: keyB })).Aliases?.map((a) => a.AliasName)
    const byArn = (await sim.sdk.listAliases({ KeyId: keyArn(keyB) })).Aliases?.map(
      (a) => a.AliasName,
    )
    expect(byId?.sort()).toEqual(['alias/by-arn', 'alias/moving'])
    expect(byArn?.sort()).toEqual(['alias/by-arn', 'alias/moving'])
  })
})
