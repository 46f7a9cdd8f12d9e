import { defaultKeyPolicyText } from '../kms/index.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ARN, KEY_ID } from './scenario-key.ts'
import { blobNoted, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** The IAM user the scenario gives access to, step by step. */
const USER_NAME = 'alice'
/** The inline identity policy a step attaches to alice. */
const IDENTITY_POLICY = 'keydeck-key-policy-encrypt'
/** The Sid of the key policy statement a step adds for alice. */
const ALICE_SID = 'Allow alice to decrypt'

const userArn = (ctx: StepContext): string =>
  `arn:aws:iam::${ctx.account.kms.accountId}:user/${USER_NAME}`

/** Key policies compare as documents: the same JSON, whatever its spacing. */
const sameDocument = (a: string, b: string): boolean =>
  JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b))

interface PolicyDocument {
  Version: string
  Id?: string
  Statement: Record<string, unknown>[]
}

/**
 * A key policy is the key's resource policy; the default one's account-principal statement
 * delegates to IAM, so an IAM user needs an identity policy, unless the key policy names it.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 */
export const keyPolicyScenario: Scenario = {
  title: 'Read and edit a key policy; see who is allowed',
  summary:
    'A key with the default key policy and an IAM user, alice, with no permissions: see alice denied, allowed through IAM, then allowed by the key policy itself.',
  async setup(ctx) {
    const key = await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/key-policy',
      description: 'KeyDeck scenario: key policy',
    })
    const { Policy } = await ctx.kms('GetKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default' })
    const standard = defaultKeyPolicyText(ctx.account.kms.accountId)
    if (!sameDocument(Policy, standard)) {
      await ctx.kms('PutKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default', Policy: standard })
      ctx.fact('The key policy had been changed: put the default key policy back.')
    }
    await ensureUserWithoutPolicies(ctx)
  },
  steps: [
    {
      title: 'Read the default key policy',
      explain:
        'Every KMS key has exactly one key policy, named “default”. The default one gives the account principal (…:root, the whole account, not only its root user) every kms action: that lets IAM policies grant access to the key.',
      action: 'Get the key policy',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const { PolicyNames } = await ctx.kms('ListKeyPolicies', { KeyId: keyId })
        const { Policy } = await ctx.kms('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' })
        const document = JSON.parse(Policy) as PolicyDocument
        ctx.fact(`ListKeyPolicies: ${PolicyNames.join(', ')}`)
        ctx.fact(`Statements: ${document.Statement.length}`)
        for (const statement of document.Statement) {
          ctx.fact(
            `“${String(statement.Sid)}”: ${String(statement.Effect)} ${JSON.stringify(statement.Action)} to ${JSON.stringify(statement.Principal)}`,
          )
        }
      },
    },
    {
      title: 'Encrypt as alice',
      explain:
        'alice is an IAM user of this account with no identity policy. The key policy names only the account, so nothing allows alice to use the key.',
      action: 'Encrypt as alice',
      async run(ctx) {
        const error = await ctx.expectError('AccessDeniedException', () =>
          ctx.kms(
            'Encrypt',
            { KeyId: ctx.read(KEY_ID), Plaintext: utf8('hello from alice') },
            userArn(ctx),
          ),
        )
        ctx.fact(`AccessDeniedException: ${error.message}`)
        if (error.why !== undefined) ctx.fact(`Why: ${error.why}`)
      },
    },
    {
      title: 'Allow Encrypt in an IAM policy',
      explain:
        'Attach an identity policy to alice that allows kms:Encrypt on this key’s ARN. It works because the key policy delegates to IAM through the account principal.',
      action: 'Attach the identity policy',
      async run(ctx) {
        const policy = JSON.stringify(
          {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: ctx.read(KEY_ARN) }],
          },
          null,
          2,
        )
        await ctx.account.kms.iam.putPrincipalPolicy(userArn(ctx), IDENTITY_POLICY, policy)
        ctx.record({
          service: 'iam',
          operation: 'PutUserPolicy',
          request: { UserName: USER_NAME, PolicyName: IDENTITY_POLICY, PolicyDocument: policy },
          response: {},
        })
        ctx.fact(`alice’s identity policy ${IDENTITY_POLICY} allows kms:Encrypt on the key.`)
      },
    },
    {
      title: 'Encrypt as alice again',
      explain:
        'The same call as before. The key policy allows the account, and the account’s IAM policy allows alice: both together let her encrypt.',
      action: 'Encrypt as alice',
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms(
          'Encrypt',
          { KeyId: ctx.read(KEY_ID), Plaintext: utf8('hello from alice') },
          userArn(ctx),
        )
        ctx.note('ciphertext', noteBlob(CiphertextBlob))
        ctx.fact(`Encrypt as alice worked: CiphertextBlob of ${CiphertextBlob.length} bytes.`)
      },
    },
    {
      title: 'Name alice in the key policy',
      explain:
        'PutKeyPolicy replaces the whole key policy. Keep the account statement (the lockout safety check wants the caller able to change the policy again) and add one that lets alice call kms:Decrypt.',
      action: 'Put the new key policy',
      async run(ctx) {
        const keyId = ctx.read(KEY_ID)
        const { Policy } = await ctx.kms('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' })
        const document = JSON.parse(Policy) as PolicyDocument
        const statement = {
          Sid: ALICE_SID,
          Effect: 'Allow',
          Principal: { AWS: userArn(ctx) },
          Action: 'kms:Decrypt',
          Resource: '*',
        }
        const others = document.Statement.filter((s) => s.Sid !== ALICE_SID)
        const updated = { ...document, Statement: [...others, statement] }
        await ctx.kms('PutKeyPolicy', {
          KeyId: keyId,
          PolicyName: 'default',
          Policy: JSON.stringify(updated, null, 2),
        })
        ctx.fact(`The key policy now has ${updated.Statement.length} statements.`)
        ctx.fact(`“${ALICE_SID}”: Allow "kms:Decrypt" to ${JSON.stringify(statement.Principal)}`)
      },
    },
    {
      title: 'Decrypt as alice',
      explain:
        'alice’s identity policy says nothing about Decrypt, yet the call works: a key policy that names a principal of the key’s own account is enough on its own.',
      action: 'Decrypt as alice',
      async run(ctx) {
        const out = await ctx.kms(
          'Decrypt',
          { CiphertextBlob: blobNoted(ctx.read('ciphertext')) },
          userArn(ctx),
        )
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
        ctx.fact('Allowed by the key policy alone: alice’s identity policy allows only Encrypt.')
      },
    },
  ],
}

/** alice exists with no identity policy: a later step gives her one. */
async function ensureUserWithoutPolicies(ctx: StepContext): Promise<void> {
  const iam = ctx.account.kms.iam
  const arn = userArn(ctx)
  const user = await iam.getPrincipal(arn)
  if (user === undefined) {
    await iam.createUser(USER_NAME)
    ctx.record({
      service: 'iam',
      operation: 'CreateUser',
      request: { UserName: USER_NAME },
      response: { User: { UserName: USER_NAME, Arn: arn } },
    })
    ctx.fact(`Created the IAM user ${USER_NAME}, with no identity policy.`)
    return
  }
  for (const policyName of Object.keys(user.policies)) {
    await iam.deletePrincipalPolicy(arn, policyName)
    ctx.record({
      service: 'iam',
      operation: 'DeleteUserPolicy',
      request: { UserName: USER_NAME, PolicyName: policyName },
      response: {},
    })
    ctx.fact(`Removed the identity policy ${policyName} from ${USER_NAME}.`)
  }
}
