import type { KeyMetadata, KeySpec, KeyUsage } from '../kms/index.ts'
import type { StepContext } from './scenario.ts'

export interface ScenarioKeyWanted {
  /** The alias that marks the scenario's key, e.g. `alias/keydeck/rotation`. */
  readonly alias: string
  readonly description: string
  readonly keySpec?: KeySpec
  readonly keyUsage?: KeyUsage
  /** Whether the found key can still serve the scenario (beyond being enabled, of its spec). */
  readonly fit?: (key: KeyMetadata) => Promise<boolean>
}

/** The names `ensureScenarioKey` notes the key under. */
export const KEY_ID = 'keyId'
export const KEY_ARN = 'keyArn'

/**
 * The scenario's own key, found by its alias and reused while it is still usable (enabled, of
 * the wanted spec); otherwise a new one, the alias created or moved onto it. A learner who
 * disabled the key or scheduled its deletion in the console gets a fresh key next visit rather
 * than a scenario that fails at its first step; the old key stays in the account as they left it.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html
 */
export async function ensureScenarioKey(
  ctx: StepContext,
  wanted: ScenarioKeyWanted,
): Promise<KeyMetadata> {
  const keySpec = wanted.keySpec ?? 'SYMMETRIC_DEFAULT'
  const keyUsage = wanted.keyUsage ?? 'ENCRYPT_DECRYPT'
  const found = await ctx.tolerate('NotFoundException', () =>
    ctx.kms('DescribeKey', { KeyId: wanted.alias }),
  )
  const old = found?.KeyMetadata
  const usable =
    old?.KeyState === 'Enabled' &&
    old.KeySpec === keySpec &&
    old.KeyUsage === keyUsage &&
    (wanted.fit === undefined || (await wanted.fit(old)))
  if (old !== undefined && usable) {
    ctx.fact(`Using the key ${wanted.alias} points at (${old.KeyId}), made on an earlier visit.`)
    return keep(ctx, old)
  }
  const { KeyMetadata: key } = await ctx.kms('CreateKey', {
    Description: wanted.description,
    KeySpec: keySpec,
    KeyUsage: keyUsage,
  })
  if (old === undefined) {
    await ctx.kms('CreateAlias', { AliasName: wanted.alias, TargetKeyId: key.KeyId })
    ctx.fact(
      `Created ${anArticle(keySpec)} ${keySpec} key (${key.KeyId}) with the alias ${wanted.alias}.`,
    )
  } else if (old.KeySpec !== keySpec || old.KeyUsage !== keyUsage) {
    // UpdateAlias moves an alias only between keys of the same type and usage.
    await ctx.kms('DeleteAlias', { AliasName: wanted.alias })
    await ctx.kms('CreateAlias', { AliasName: wanted.alias, TargetKeyId: key.KeyId })
    ctx.fact(
      `${wanted.alias} pointed at ${anArticle(old.KeySpec)} ${old.KeySpec} key, so a new ${keySpec} key (${key.KeyId}) was made and the alias moved to it.`,
    )
  } else {
    await ctx.kms('UpdateAlias', { AliasName: wanted.alias, TargetKeyId: key.KeyId })
    ctx.fact(
      `The key ${wanted.alias} pointed at cannot serve this scenario any more (${old.KeyState}), so a new ${keySpec} key (${key.KeyId}) was made and the alias moved to it.`,
    )
  }
  return keep(ctx, key)
}

function keep(ctx: StepContext, key: KeyMetadata): KeyMetadata {
  ctx.note(KEY_ID, key.KeyId)
  ctx.note(KEY_ARN, key.Arn)
  return key
}

/** `an HMAC_256 key`, `a SYMMETRIC_DEFAULT key`: spec names are read letter by letter or as words. */
function anArticle(spec: string): string {
  return /^(?:[AEIO]|HMAC|RSA)/.test(spec) ? 'an' : 'a'
}
