import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ARN, KEY_ID } from './scenario-key.ts'
import { utf8 } from './scenario-text.ts'

const USER = 'bob'
const CONTEXT = { project: 'keydeck' }
const TOKEN = 'grantToken'
const GRANT_ID = 'grantId'
const BOB = 'bobArn'

/** The grants an earlier visit gave bob on the key, revoked so this visit starts from none. */
async function revokeBobsGrants(ctx: StepContext, keyId: string, bob: string): Promise<number> {
  const { Grants } = await ctx.kms('ListGrants', { KeyId: keyId, GranteePrincipal: bob })
  for (const grant of Grants) {
    if (grant.GrantId !== undefined) {
      await ctx.kms('RevokeGrant', { KeyId: keyId, GrantId: grant.GrantId })
    }
  }
  return Grants.length
}

/** Encrypt as bob, with the grant token when there is one (a grant is usable at once with it). */
const encryptAsBob = (ctx: StepContext, context?: Record<string, string>, token?: string) =>
  ctx.kms(
    'Encrypt',
    {
      KeyId: ctx.read(KEY_ARN),
      Plaintext: utf8('for bob only'),
      ...(context !== undefined && { EncryptionContext: context }),
      ...(token !== undefined && { GrantTokens: [token] }),
    },
    ctx.read(BOB),
  )

/**
 * A grant lets one principal use one key in the operations it lists, without touching any key
 * policy or IAM policy; constraints tie it to an encryption context; retiring it ends it.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 */
export const grantsScenario: Scenario = {
  title: 'Give a user a key’s use with a grant, then retire it',
  summary:
    'bob has no policy that lets him use the key. A grant gives him Encrypt on it, for one encryption context, without editing any policy; retiring the grant takes it away.',
  async setup(ctx) {
    const key = await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/grants',
      description: 'KeyDeck scenario: grants',
    })
    const bob =
      (await ctx.account.kms.iam.getPrincipal(
        `arn:aws:iam::${ctx.account.kms.accountId}:user/${USER}`,
      )) ?? (await ctx.account.kms.iam.createUser(USER))
    ctx.note(BOB, bob.arn)
    const policies = Object.keys(bob.policies)
    for (const name of policies) await ctx.account.kms.iam.deletePrincipalPolicy(bob.arn, name)
    ctx.fact(
      policies.length === 0
        ? `The IAM user ${USER} has no identity policy.`
        : `Removed ${USER}’s identity policies (${policies.join(', ')}), so only a grant can let him in.`,
    )
    const revoked = await revokeBobsGrants(ctx, key.KeyId, bob.arn)
    if (revoked > 0) ctx.fact(`Revoked ${revoked} grant(s) an earlier visit gave ${USER}.`)
  },
  steps: [
    {
      title: 'bob is denied',
      explain:
        'The key policy is the default one: it lets IAM policies decide, and bob has none. His Encrypt is denied.',
      action: 'Encrypt as bob',
      async run(ctx) {
        const error = await ctx.expectError('AccessDeniedException', () =>
          encryptAsBob(ctx, CONTEXT),
        )
        ctx.fact(`AccessDeniedException: ${error.message}`)
      },
    },
    {
      title: 'Create a grant',
      explain:
        'CreateGrant names the grantee, the operations it may use (only grant operations: cryptographic ones, DescribeKey, CreateGrant, RetireGrant…) and, here, a constraint: the request’s encryption context must include project=keydeck.',
      action: 'Grant bob Encrypt and Decrypt',
      async run(ctx) {
        const out = await ctx.kms('CreateGrant', {
          KeyId: ctx.read(KEY_ID),
          GranteePrincipal: ctx.read(BOB),
          RetiringPrincipal: ctx.root,
          Operations: ['Encrypt', 'Decrypt'],
          Constraints: { EncryptionContextSubset: CONTEXT },
          Name: 'keydeck-scenario-bob',
        })
        ctx.note(TOKEN, out.GrantToken ?? '')
        ctx.note(GRANT_ID, out.GrantId ?? '')
        ctx.fact(`GrantId: ${out.GrantId ?? ''}`)
        ctx.fact('GrantToken: returned too, for using the grant before it has spread through KMS.')
      },
    },
    {
      title: 'bob encrypts with the grant',
      explain:
        'bob calls Encrypt with the required context and the grant token: a new grant can take a few minutes to take effect everywhere, and its token makes it usable at once. No policy changed.',
      action: 'Encrypt as bob, with the token',
      async run(ctx) {
        const out = await encryptAsBob(ctx, CONTEXT, ctx.read(TOKEN))
        ctx.fact(`Encrypt succeeded for bob: CiphertextBlob ${out.CiphertextBlob.length} bytes.`)
      },
    },
    {
      title: 'The constraint holds',
      explain:
        'Without project=keydeck in the encryption context the grant does not apply, and nothing else lets bob in.',
      action: 'Encrypt as bob without the context',
      async run(ctx) {
        const error = await ctx.expectError('AccessDeniedException', () =>
          encryptAsBob(ctx, undefined, ctx.read(TOKEN)),
        )
        ctx.fact(`AccessDeniedException: ${error.message}`)
      },
    },
    {
      title: 'List the key’s grants',
      explain:
        'ListGrants shows each grant on the key: grantee, operations, constraints and who may retire it.',
      action: 'List the grants',
      async run(ctx) {
        const { Grants } = await ctx.kms('ListGrants', { KeyId: ctx.read(KEY_ID) })
        for (const grant of Grants) {
          ctx.fact(
            `${grant.Name ?? grant.GrantId ?? ''}: ${grant.Operations?.join(', ') ?? ''} for ${grant.GranteePrincipal ?? ''}`,
          )
        }
      },
    },
    {
      title: 'Retire the grant',
      explain:
        'RetireGrant is authorized by the grant itself: its retiring principal (here the account), the grantee when the grant allows it, or the account that created it. RevokeGrant, by contrast, is for administrators, by policy.',
      action: 'Retire the grant',
      async run(ctx) {
        await ctx.kms('RetireGrant', { KeyId: ctx.read(KEY_ID), GrantId: ctx.read(GRANT_ID) })
        const { Grants } = await ctx.kms('ListGrants', {
          KeyId: ctx.read(KEY_ID),
          GranteePrincipal: ctx.read(BOB),
        })
        ctx.fact(`Grants left for bob: ${Grants.length}`)
      },
    },
    {
      title: 'bob is denied again',
      explain: 'With the grant gone, bob’s Encrypt is denied as at the start.',
      action: 'Encrypt as bob once more',
      async run(ctx) {
        const error = await ctx.expectError('AccessDeniedException', () =>
          encryptAsBob(ctx, CONTEXT),
        )
        ctx.fact(`AccessDeniedException: ${error.message}`)
      },
    },
  ],
}
