import { InvalidArnException, NotFoundException } from '../errors.ts'
import { KEY_ID_PATTERN } from '../ids.ts'
import type { KeyRecord } from '../key-record.ts'
import type { AliasName, KeyId } from '../types.ts'
import { ensureAwsManagedKey, isAwsManagedAliasName } from './aws-managed-keys.ts'
import { aliasArnOf, keyArnOf } from './engine-context.ts'
import type { RequestContext } from './operation.ts'

const KEY_ARN = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):key\/(.+)$/
const ALIAS_ARN = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):(alias\/.+)$/

export interface ResolveOptions {
  /**
   * Cryptographic operations, DescribeKey and GetPublicKey accept an alias name or alias ARN;
   * management operations take a key id or key ARN only.
   * @see https://docs.aws.amazon.com/kms/latest/developerguide/find-cmk-id-arn.html
   */
  readonly allowAlias: boolean
}

/** Finds the key an identifier names, or throws NotFoundException as AWS words it. */
export async function resolveKey(
  rc: RequestContext,
  identifier: string,
  options: ResolveOptions,
): Promise<KeyRecord> {
  const key = await findKey(rc, identifier, options)
  rc.touchKey(key.arn)
  return key
}

async function findKey(
  rc: RequestContext,
  identifier: string,
  options: ResolveOptions,
): Promise<KeyRecord> {
  const aliasName = aliasNameIn(rc, identifier)
  if (aliasName !== undefined) {
    if (!options.allowAlias) throw new NotFoundException(`Invalid keyId '${identifier}'`)
    return keyForAlias(rc, aliasName)
  }
  if (identifier.startsWith('arn:')) {
    const match = KEY_ARN.exec(identifier)
    if (match === null) throw new InvalidArnException(`Invalid arn ${identifier}`)
    const [, region, account, keyId = ''] = match
    if (region !== rc.region || account !== rc.accountId || !KEY_ID_PATTERN.test(keyId)) {
      throw new NotFoundException(`Key '${identifier}' does not exist`)
    }
    return keyById(rc, keyId as KeyId)
  }
  if (KEY_ID_PATTERN.test(identifier)) return keyById(rc, identifier as KeyId)
  throw new NotFoundException(`Invalid keyId '${identifier}'`)
}

async function keyById(rc: RequestContext, keyId: KeyId): Promise<KeyRecord> {
  const key = await rc.store.keys.get(keyId)
  if (key === undefined) throw new NotFoundException(`Key '${keyArnOf(rc, keyId)}' does not exist`)
  return key
}

async function keyForAlias(rc: RequestContext, aliasName: AliasName): Promise<KeyRecord> {
  const alias = await rc.store.aliases.get(aliasName)
  if (alias !== undefined) return keyById(rc, alias.targetKeyId)
  // An AWS managed key is created the first time its alias is used.
  if (isAwsManagedAliasName(aliasName)) return ensureAwsManagedKey(rc, aliasName)
  throw new NotFoundException(`Alias ${aliasArnOf(rc, aliasName)} is not found.`)
}

/** `alias/x` or this account's and Region's alias ARN; undefined when it names no alias. */
export function aliasNameIn(rc: RequestContext, identifier: string): AliasName | undefined {
  if (identifier.startsWith('alias/')) return identifier as AliasName
  const match = ALIAS_ARN.exec(identifier)
  if (match === null) return undefined
  const [, region, account, name = ''] = match
  if (region !== rc.region || account !== rc.accountId) {
    throw new NotFoundException(`Alias ${identifier} is not found.`)
  }
  return name as AliasName
}
