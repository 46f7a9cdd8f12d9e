import type { AliasRecord } from '../alias-record.ts'
import { PREDEFINED_AWS_ALIASES } from '../engine/aws-managed-keys.ts'
import { aliasArnOf } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import type { AliasName, KeyId } from '../types.ts'
import { keyIdMember, limitMember, markerMember } from './common-members.ts'
import { paginate, pagingMembers, type PagingMembers } from './paginate.ts'

export interface AliasListEntry {
  AliasName: AliasName
  AliasArn: string
  TargetKeyId?: KeyId
  CreationDate?: Date
  LastUpdatedDate?: Date
}

export interface ListAliasesOutput extends PagingMembers {
  Aliases: AliasListEntry[]
}

/**
 * All aliases, or those of one key. Predefined AWS aliases whose key does not exist yet are
 * listed without TargetKeyId, as AWS does. An IAM-only action.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html
 */
export const listAliases = defineOperation({
  input: { KeyId: keyIdMember(), Limit: limitMember(100), Marker: markerMember() },
  async run(rc, input): Promise<ListAliasesOutput> {
    await rc.authorize('kms:ListAliases', undefined)
    const stored = await rc.store.aliases.list()
    let entries: AliasListEntry[]
    if (input.KeyId !== undefined) {
      const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
      entries = stored.filter((a) => a.targetKeyId === key.keyId).map(entryOf)
    } else {
      const names = new Set(stored.map((a) => a.aliasName as string))
      const predefined = PREDEFINED_AWS_ALIASES.filter((name) => !names.has(name)).map(
        (name): AliasListEntry => ({
          AliasName: name as AliasName,
          AliasArn: aliasArnOf(rc, name),
        }),
      )
      entries = [...stored.map(entryOf), ...predefined]
    }
    const page = paginate(entries, (e) => e.AliasName, input.Limit ?? 50, input.Marker)
    return {
      Aliases: page.items,
      ...pagingMembers(page),
    }
  },
})

function entryOf(alias: AliasRecord): AliasListEntry {
  return {
    AliasName: alias.aliasName,
    AliasArn: alias.aliasArn,
    TargetKeyId: alias.targetKeyId,
    CreationDate: new Date(alias.creationDate),
    LastUpdatedDate: new Date(alias.lastUpdatedDate),
  }
}
