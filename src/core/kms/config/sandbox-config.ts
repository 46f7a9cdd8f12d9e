/**
 * The sandbox account's configuration as a file (issue 11, item 11), so a teacher can prepare a
 * demo account: each customer managed key's metadata, key policy, tags, rotation settings and
 * aliases, grants, whether it is a multi-Region primary and its replicas in the account's other
 * Regions (each with its own description, policy and tags), and the IAM users and roles with their
 * inline policies. Never key material: keys made from the file are new keys (new ids, new
 * material, new grant ids), as when a template is deployed again.
 *
 * Export reads the account through the same calls a script would make (ListKeys, DescribeKey,
 * GetKeyPolicy, ListResourceTags, GetKeyRotationStatus, ListAliases, ListGrants; in the replica's
 * Region DescribeKey, GetKeyPolicy, ListResourceTags); import replays them the other way
 * (identities first, as a key policy or a grant may name them; then CreateKey with Policy, Tags
 * and MultiRegion, CreateAlias, EnableKeyRotation, ReplicateKey, CreateGrant, DisableKey). A file
 * is validated whole before anything is called. Files written before multi-Region keys and grants
 * were exported still read: those members are optional.
 * Not kept: a key of another Region that is not a replica of an exported primary (a replica whose
 * primary moved to another Region with UpdatePrimaryRegion, a single-Region key made there), and
 * the grants of replicas.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
 */
import { z } from 'zod'
import { KmsError } from '../errors.ts'
import type { Kms } from '../index.ts'
import { GRANT_OPERATIONS } from '../grant-record.ts'
import { KEY_SPECS, KEY_USAGES } from '../types.ts'

export const SANDBOX_CONFIG_FORMAT = 'keydeck-sandbox-config'
export const SANDBOX_CONFIG_VERSION = 1

const tagSchema = z.object({ TagKey: z.string().min(1), TagValue: z.string() }).strict()

const contextSchema = z.record(z.string(), z.string())

/** A replica of a multi-Region primary: its Region, and what is its own there. */
const replicaSchema = z
  .object({
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
    description: z.string(),
    policy: z.string().min(1),
    tags: z.array(tagSchema),
  })
  .strict()

/** A grant on the key; an import makes it again (a new grant id and token). */
const grantSchema = z
  .object({
    name: z.string().min(1).optional(),
    granteePrincipal: z.string().min(1),
    retiringPrincipal: z.string().min(1).optional(),
    operations: z.array(z.enum(GRANT_OPERATIONS)).min(1),
    constraints: z
      .object({
        EncryptionContextSubset: contextSchema.optional(),
        EncryptionContextEquals: contextSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

const keySchema = z
  .object({
    /** The key's id in the exported account, for reference only: an import makes a new one. */
    keyId: z.string().min(1),
    description: z.string(),
    keySpec: z.enum(KEY_SPECS),
    keyUsage: z.enum(KEY_USAGES),
    /** Keys pending deletion are left out: an export keeps what the account goes on using. */
    state: z.enum(['Enabled', 'Disabled']),
    policy: z.string().min(1),
    tags: z.array(tagSchema),
    aliases: z.array(z.string().regex(/^alias\//)),
    rotation: z
      .object({ enabled: z.boolean(), periodInDays: z.number().int().min(90).max(2560) })
      .strict()
      .optional(),
    /** A multi-Region primary key (CreateKey with MultiRegion). */
    multiRegion: z.literal(true).optional(),
    replicas: z.array(replicaSchema).optional(),
    grants: z.array(grantSchema).optional(),
  })
  .strict()

const identitySchema = z
  .object({
    kind: z.enum(['user', 'role']),
    name: z.string().min(1),
    policies: z.record(z.string(), z.string()),
  })
  .strict()

export const sandboxConfigSchema = z
  .object({
    format: z.literal(SANDBOX_CONFIG_FORMAT),
    version: z.literal(SANDBOX_CONFIG_VERSION),
    exportedAt: z.string(),
    keys: z.array(keySchema),
    identities: z.array(identitySchema),
  })
  .strict()

export type SandboxConfig = z.infer<typeof sandboxConfigSchema>
export type SandboxConfigKey = SandboxConfig['keys'][number]
type SandboxConfigReplica = NonNullable<SandboxConfigKey['replicas']>[number]
type SandboxConfigGrant = NonNullable<SandboxConfigKey['grants']>[number]

/** Every grant of a key, as the file keeps it (ListGrants pages). */
async function grantsOf(kms: Kms, keyId: string): Promise<SandboxConfigGrant[]> {
  const grants: SandboxConfigGrant[] = []
  let marker: string | undefined
  do {
    const page = await kms.call(
      'ListGrants',
      marker === undefined ? { KeyId: keyId } : { KeyId: keyId, Marker: marker },
    )
    for (const g of page.Grants) {
      grants.push({
        ...(g.Name !== undefined && { name: g.Name }),
        granteePrincipal: g.GranteePrincipal,
        ...(g.RetiringPrincipal !== undefined && { retiringPrincipal: g.RetiringPrincipal }),
        operations: [...g.Operations],
        ...(g.Constraints !== undefined && {
          constraints: {
            ...(g.Constraints.EncryptionContextSubset !== undefined && {
              EncryptionContextSubset: { ...g.Constraints.EncryptionContextSubset },
            }),
            ...(g.Constraints.EncryptionContextEquals !== undefined && {
              EncryptionContextEquals: { ...g.Constraints.EncryptionContextEquals },
            }),
          },
        }),
      })
    }
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  return grants
}

/** A replica in one of `regions` (the account's other Regions), as the file keeps it. */
async function replicaOf(
  regions: readonly Kms[],
  region: string,
  keyId: string,
): Promise<SandboxConfigReplica | undefined> {
  const there = regions.find((r) => r.region === region)
  if (there === undefined) return undefined
  const { KeyMetadata: meta } = await there.call('DescribeKey', { KeyId: keyId })
  const { Policy } = await there.call('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' })
  const { Tags } = await there.call('ListResourceTags', { KeyId: keyId })
  return {
    region,
    description: meta.Description,
    policy: Policy ?? '',
    tags: (Tags ?? []).map(({ TagKey, TagValue }) => ({ TagKey, TagValue })),
  }
}

/**
 * Reads the account's configuration, as the account root. `now` dates the file (epoch ms).
 * `otherRegions`: the account's other joined Regions, where the replicas of its multi-Region
 * primaries are read.
 */
export async function exportSandboxConfig(
  kms: Kms,
  now: number,
  otherRegions: readonly Kms[] = [],
): Promise<SandboxConfig> {
  const ids: string[] = []
  let marker: string | undefined
  do {
    const page = await kms.call('ListKeys', marker === undefined ? {} : { Marker: marker })
    ids.push(...page.Keys.map((k) => k.KeyId))
    marker = page.Truncated ? page.NextMarker : undefined
  } while (marker !== undefined)
  const aliasesByKey = new Map<string, string[]>()
  let aliasMarker: string | undefined
  do {
    const page = await kms.call(
      'ListAliases',
      aliasMarker === undefined ? {} : { Marker: aliasMarker },
    )
    for (const alias of page.Aliases) {
      if (alias.TargetKeyId === undefined) continue
      aliasesByKey.set(alias.TargetKeyId, [
        ...(aliasesByKey.get(alias.TargetKeyId) ?? []),
        alias.AliasName,
      ])
    }
    aliasMarker = page.Truncated ? page.NextMarker : undefined
  } while (aliasMarker !== undefined)

  const keys: SandboxConfigKey[] = []
  for (const id of ids) {
    const { KeyMetadata: meta } = await kms.call('DescribeKey', { KeyId: id })
    if (meta.KeyManager !== 'CUSTOMER') continue
    // A key with imported material is only as good as material a file cannot carry: left out.
    if (meta.Origin !== 'AWS_KMS') continue
    if (meta.KeyState !== 'Enabled' && meta.KeyState !== 'Disabled') continue
    const multiRegion = meta.MultiRegionConfiguration
    // A replica here is kept with its primary, when the primary is in this Region.
    if (multiRegion?.MultiRegionKeyType === 'REPLICA') continue
    const replicas: SandboxConfigReplica[] = []
    for (const { Region } of multiRegion?.ReplicaKeys ?? []) {
      const replica = await replicaOf(otherRegions, Region, id)
      if (replica !== undefined) replicas.push(replica)
    }
    const grants = await grantsOf(kms, id)
    const { Policy } = await kms.call('GetKeyPolicy', { KeyId: id, PolicyName: 'default' })
    const { Tags } = await kms.call('ListResourceTags', { KeyId: id })
    const rotation =
      meta.KeySpec === 'SYMMETRIC_DEFAULT'
        ? await kms.call('GetKeyRotationStatus', { KeyId: id })
        : undefined
    keys.push({
      keyId: meta.KeyId,
      description: meta.Description,
      keySpec: meta.KeySpec,
      keyUsage: meta.KeyUsage,
      state: meta.KeyState,
      policy: Policy ?? '',
      tags: (Tags ?? []).map(({ TagKey, TagValue }) => ({ TagKey, TagValue })),
      aliases: (aliasesByKey.get(meta.KeyId) ?? []).sort(),
      ...(rotation?.RotationPeriodInDays !== undefined && {
        rotation: {
          enabled: rotation.KeyRotationEnabled,
          periodInDays: rotation.RotationPeriodInDays,
        },
      }),
      ...(multiRegion !== undefined && { multiRegion: true as const, replicas }),
      ...(grants.length > 0 && { grants }),
    })
  }
  keys.sort((a, b) => a.keyId.localeCompare(b.keyId))
  const identities = (await kms.iam.listPrincipals())
    .map(({ kind, name, policies }) => ({ kind, name, policies: { ...policies } }))
    .sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`))
  return {
    format: SANDBOX_CONFIG_FORMAT,
    version: SANDBOX_CONFIG_VERSION,
    exportedAt: new Date(now).toISOString(),
    keys,
    identities,
  }
}

export type ParsedSandboxConfig =
  { ok: true; config: SandboxConfig } | { ok: false; message: string }

/** Validates a file's text whole; the message names the first problems, as a person reads them. */
export function parseSandboxConfig(text: string): ParsedSandboxConfig {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The file is not JSON.' }
  }
  const parsed = sandboxConfigSchema.safeParse(json)
  if (parsed.success) return { ok: true, config: parsed.data }
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`)
  return {
    ok: false,
    message: `This is not a KeyDeck sandbox configuration: ${problems.join('; ')}.`,
  }
}

/** What an import made: how many keys and identities. */
export interface ImportSummary {
  readonly keys: number
  readonly aliases: number
  readonly identities: number
  readonly replicas: number
  readonly grants: number
}

/**
 * Replays the configuration on an account (meant to be a fresh one), as the account root.
 * Throws the first KmsError a call gives (an alias already taken, say).
 */
export async function importSandboxConfig(kms: Kms, config: SandboxConfig): Promise<ImportSummary> {
  for (const identity of config.identities) {
    const made =
      identity.kind === 'user'
        ? await kms.iam.createUser(identity.name)
        : await kms.iam.createRole(identity.name)
    for (const [name, document] of Object.entries(identity.policies)) {
      await kms.iam.putPrincipalPolicy(made.arn, name, document)
    }
  }
  let aliases = 0
  let replicas = 0
  let grants = 0
  for (const key of config.keys) {
    const { KeyMetadata } = await kms.call('CreateKey', {
      Description: key.description,
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      Policy: key.policy,
      ...(key.tags.length > 0 && { Tags: key.tags }),
      ...(key.multiRegion === true && { MultiRegion: true }),
    })
    const KeyId = KeyMetadata.KeyId
    for (const AliasName of key.aliases) {
      await kms.call('CreateAlias', { AliasName, TargetKeyId: KeyId })
      aliases += 1
    }
    if (key.rotation?.enabled) {
      await kms.call('EnableKeyRotation', {
        KeyId,
        RotationPeriodInDays: key.rotation.periodInDays,
      })
    }
    // Before DisableKey: only an enabled primary can be replicated.
    for (const replica of key.replicas ?? []) {
      await kms.call('ReplicateKey', {
        KeyId,
        ReplicaRegion: replica.region,
        Description: replica.description,
        Policy: replica.policy,
        ...(replica.tags.length > 0 && { Tags: replica.tags }),
      })
      replicas += 1
    }
    for (const grant of key.grants ?? []) {
      await kms.call('CreateGrant', {
        KeyId,
        GranteePrincipal: grant.granteePrincipal,
        Operations: grant.operations,
        ...(grant.name !== undefined && { Name: grant.name }),
        ...(grant.retiringPrincipal !== undefined && {
          RetiringPrincipal: grant.retiringPrincipal,
        }),
        ...(grant.constraints !== undefined && { Constraints: grant.constraints }),
      })
      grants += 1
    }
    if (key.state === 'Disabled') await kms.call('DisableKey', { KeyId })
  }
  return {
    keys: config.keys.length,
    aliases,
    identities: config.identities.length,
    replicas,
    grants,
  }
}

/**
 * Replays the configuration on a scratch account first (`scratch`: a fresh in-memory simulator
 * of the same account id), so a file that is well formed but that KMS or IAM would refuse (a
 * malformed key policy, an alias named twice) is refused before the real account is wiped.
 */
export async function rehearseSandboxConfig(
  scratch: Kms,
  config: SandboxConfig,
): Promise<ParsedSandboxConfig> {
  try {
    await importSandboxConfig(scratch, config)
    return { ok: true, config }
  } catch (thrown) {
    if (!(thrown instanceof KmsError)) throw thrown
    return {
      ok: false,
      message: `Replaying it fails with ${thrown.name}: ${thrown.message}`,
    }
  }
}
