/**
 * Grant tokens: opaque, variable-length base64 strings that name a grant. A request that passes
 * one is authorized by its grant at once (AWS: before the grant is eventually consistent; the
 * simulator has no delay, so every grant acts at once and a token only has to be valid).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html
 */
import { decodeBase64, encodeBase64 } from '../../bytes/base64.ts'
import { fromUtf8, utf8 } from '../../bytes/utf8.ts'
import { InvalidGrantTokenException } from '../errors.ts'
import { toHex, type RandomSource } from '../ids.ts'
import type { KeyArn } from '../types.ts'

const PREFIX = 'keydeck-grant-token:'
const GRANT_ID = /^[0-9a-f]{64}$/

export interface GrantTokenContents {
  readonly keyArn: KeyArn
  readonly grantId: string
}

/** A new token for a grant; each CreateGrant call gets a fresh one, even for the same grant. */
export function newGrantToken(random: RandomSource, contents: GrantTokenContents): string {
  const nonce = toHex(random(16))
  return encodeBase64(utf8(`${PREFIX}${contents.keyArn} ${contents.grantId} ${nonce}`))
}

/** What a token names; InvalidGrantTokenException for a token the simulator did not issue. */
export function readGrantToken(token: string): GrantTokenContents {
  const text = tokenText(token)
  const [keyArn, grantId] = text?.startsWith(PREFIX)
    ? text.slice(PREFIX.length).split(' ')
    : [undefined, undefined]
  if (keyArn === undefined || grantId === undefined || !GRANT_ID.test(grantId)) {
    throw new InvalidGrantTokenException('The grant token is invalid.')
  }
  return { keyArn: keyArn as KeyArn, grantId }
}

function tokenText(token: string): string | undefined {
  const bytes = decodeBase64(token)
  if (bytes === undefined) return undefined
  try {
    return fromUtf8(bytes)
  } catch {
    return undefined
  }
}
