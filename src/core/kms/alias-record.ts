import type { AliasName, KeyId } from './types.ts'

/** An alias as stored; dates are epoch ms. @see https://docs.aws.amazon.com/kms/latest/APIReference/API_AliasListEntry.html */
export interface AliasRecord {
  readonly aliasName: AliasName
  readonly aliasArn: string
  readonly targetKeyId: KeyId
  readonly creationDate: number
  readonly lastUpdatedDate: number
}
