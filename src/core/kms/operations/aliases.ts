import { aliasArnOf } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import {
  AlreadyExistsException,
  KMSInvalidStateException,
  LimitExceededException,
  NotFoundException,
  ValidationException,
} from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { assertNotPendingDeletion } from '../key-state.ts'
import { required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'
import { aliasNameMember, customerAliasName, MAX_ALIASES_PER_KEY } from './alias-rules.ts'
import type { RequestContext } from '../engine/operation.ts'
import type { AliasName } from '../types.ts'

/**
 * Needs kms:CreateAlias on the key (and, in AWS, on the alias). Target: key id or ARN only.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html
 */
export const createAlias = defineOperation({
  input: { AliasName: required(aliasNameMember()), TargetKeyId: required(keyIdMember()) },
  async run(rc, input): Promise<void> {
    const aliasName = customerAliasName(input.AliasName)
    const key = await resolveKey(rc, input.TargetKeyId, { allowAlias: false })
    await rc.authorize('kms:CreateAlias', key)
    assertNotPendingDeletion(key)
    if ((await rc.store.aliases.get(aliasName)) !== undefined) {
      throw new AlreadyExistsException(
        `An alias with the name ${aliasArnOf(rc, aliasName)} already exists`,
      )
    }
    const aliases = await rc.store.aliases.list()
    if (aliases.filter((a) => a.targetKeyId === key.keyId).length >= MAX_ALIASES_PER_KEY) {
      throw new LimitExceededException(
        `The key ${key.arn} already has ${MAX_ALIASES_PER_KEY} aliases, the maximum.`,
      )
    }
    const now = rc.now()
    await rc.store.aliases.put(aliasName, {
      aliasName,
      aliasArn: aliasArnOf(rc, aliasName),
      targetKeyId: key.keyId,
      creationDate: now,
      lastUpdatedDate: now,
    })
  },
})

/**
 * Points an alias at another key of the same type and usage. Moving away from a key pending
 * deletion is allowed; moving to one is not.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html
 */
export const updateAlias = defineOperation({
  input: { AliasName: required(aliasNameMember()), TargetKeyId: required(keyIdMember()) },
  async run(rc, input): Promise<void> {
    const aliasName = customerAliasName(input.AliasName)
    const alias = await existingAlias(rc, aliasName)
    const current = await rc.store.keys.get(alias.targetKeyId)
    const target = await resolveKey(rc, input.TargetKeyId, { allowAlias: false })
    if (current !== undefined) {
      rc.touchKey(current.arn)
      await rc.authorize('kms:UpdateAlias', current)
    }
    await rc.authorize('kms:UpdateAlias', target)
    if (target.state === 'PendingDeletion') {
      throw new KMSInvalidStateException(`${target.arn} is pending deletion.`)
    }
    if (current !== undefined && keyTypeOf(current) !== keyTypeOf(target)) {
      throw new ValidationException(
        `Alias ${aliasName} cannot be moved from a ${keyTypeOf(current)} key to a ${keyTypeOf(target)} key: the new target must have the same key type and key usage.`,
      )
    }
    await rc.store.aliases.put(aliasName, {
      ...alias,
      targetKeyId: target.keyId,
      lastUpdatedDate: rc.now(),
    })
  },
})

/**
 * Works in every key state.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteAlias.html
 */
export const deleteAlias = defineOperation({
  input: { AliasName: required(aliasNameMember()) },
  async run(rc, input): Promise<void> {
    const aliasName = customerAliasName(input.AliasName)
    const alias = await existingAlias(rc, aliasName)
    const key = await rc.store.keys.get(alias.targetKeyId)
    if (key !== undefined) {
      rc.touchKey(key.arn)
      await rc.authorize('kms:DeleteAlias', key)
    }
    await rc.store.aliases.delete(aliasName)
  },
})

async function existingAlias(rc: RequestContext, aliasName: AliasName) {
  const alias = await rc.store.aliases.get(aliasName)
  if (alias === undefined) {
    throw new NotFoundException(`Alias ${aliasArnOf(rc, aliasName)} is not found.`)
  }
  return alias
}

/** "Same type": symmetric / asymmetric / HMAC, and the same key usage. */
function keyTypeOf(key: KeyRecord): string {
  const type =
    key.keySpec === 'SYMMETRIC_DEFAULT'
      ? 'symmetric'
      : key.keySpec.startsWith('HMAC')
        ? 'HMAC'
        : 'asymmetric'
  return `${type} ${key.keyUsage}`
}
