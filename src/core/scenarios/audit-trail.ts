import { callerName, cloudTrailRecord, type AuditEvent } from '../kms/index.ts'
import type { Scenario, StepContext } from './scenario.ts'
import { ensureScenarioKey, KEY_ARN, KEY_ID } from './scenario-key.ts'
import { blobNoted, dateText, noteBlob, textOf, utf8 } from './scenario-text.ts'

/** Describes the data, as AWS recommends, so the log says what was decrypted. */
const CONTEXT: Readonly<Record<string, string>> = { purpose: 'audit-demo', team: 'payments' }
const WRONG_CONTEXT: Readonly<Record<string, string>> = { purpose: 'audit-demo', team: 'sales' }
const PLAINTEXT = 'a secret only you see'
const CIPHERTEXT = 'ciphertext'
/** The calls steps 1 to 3 make on the key: the trail step shows that many events. */
const STEP_CALLS = 3

/** Reads the trail for the scenario's key and records the read as a CloudTrail LookupEvents. */
async function lookupEvents(ctx: StepContext, limit: number): Promise<AuditEvent[]> {
  const keyArn = ctx.read(KEY_ARN)
  const events = await ctx.account.kms.auditTrail({ keyArn, limit })
  ctx.record({
    service: 'cloudtrail',
    operation: 'LookupEvents',
    request: {
      LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: keyArn }],
      MaxResults: limit,
    },
    // LookupEvents sends each record as a JSON string (`CloudTrailEvent`); shown parsed here.
    response: {
      Events: events.map((event) => ({
        EventId: event.eventId,
        EventName: event.eventName,
        EventTime: Math.floor(event.eventTime / 1000),
        Username: callerName(event.principal),
        CloudTrailEvent: cloudTrailRecord(event, ctx.account.kms.region, ctx.account.kms.accountId),
      })),
    },
  })
  return events
}

/** One line per event: when, who, what, and how it ended. */
const eventLine = (event: AuditEvent): string =>
  `${dateText(event.eventTime)} · ${event.principal} · ${event.eventName} · ${event.errorCode ?? 'succeeded'}`

/**
 * CloudTrail records every KMS call, failed or not, with who made it, when, and the request's
 * non-secret parameters (the encryption context included), never the plaintext.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
export const auditTrailScenario: Scenario = {
  title: 'Read the CloudTrail-style log of every call',
  summary:
    'Make a few calls on a key, one of them failing, then read what the audit trail kept about each: who, when, which operation, the error, and the encryption context, but never the plaintext.',
  async setup(ctx) {
    await ensureScenarioKey(ctx, {
      alias: 'alias/keydeck/audit-trail',
      description: 'KeyDeck scenario: audit trail',
    })
  },
  steps: [
    {
      title: 'Encrypt a secret',
      explain:
        'Encrypt some text under an encryption context that describes the data. The context is not secret: it will appear in the log.',
      action: 'Encrypt with the context',
      async run(ctx) {
        const { CiphertextBlob } = await ctx.kms('Encrypt', {
          KeyId: ctx.read(KEY_ID),
          Plaintext: utf8(PLAINTEXT),
          EncryptionContext: { ...CONTEXT },
        })
        ctx.note(CIPHERTEXT, noteBlob(CiphertextBlob))
        ctx.fact(`EncryptionContext: ${JSON.stringify(CONTEXT)}`)
      },
    },
    {
      title: 'Make a call that fails',
      explain:
        'Decrypt with the wrong encryption context. It fails, and CloudTrail records failed calls too, with their error code.',
      action: 'Decrypt with the wrong context',
      async run(ctx) {
        const error = await ctx.expectError('InvalidCiphertextException', () =>
          ctx.kms('Decrypt', {
            CiphertextBlob: blobNoted(ctx.read(CIPHERTEXT)),
            EncryptionContext: { ...WRONG_CONTEXT },
          }),
        )
        ctx.fact(`${error.name} for EncryptionContext ${JSON.stringify(WRONG_CONTEXT)}`)
      },
    },
    {
      title: 'Decrypt it properly',
      explain: 'Decrypt with the right context. The plaintext comes back to the caller only.',
      action: 'Decrypt with the context',
      async run(ctx) {
        const out = await ctx.kms('Decrypt', {
          CiphertextBlob: blobNoted(ctx.read(CIPHERTEXT)),
          EncryptionContext: { ...CONTEXT },
        })
        ctx.fact(`Plaintext: “${textOf(out.Plaintext)}”`)
      },
    },
    {
      title: 'Read the trail for the key',
      explain:
        'Look up the key’s newest events (CloudTrail’s LookupEvents by resource). Each says when, which principal, which operation, and the error code if it failed.',
      action: 'Look up the events',
      async run(ctx) {
        const events = await lookupEvents(ctx, STEP_CALLS)
        ctx.fact(`${events.length} newest events, newest first:`)
        for (const event of events) ctx.fact(eventLine(event))
      },
    },
    {
      title: 'Open the Encrypt event',
      explain:
        'The event keeps the request’s parameters, the encryption context among them, so you can tell which data a call was about. The plaintext is never recorded, and neither is the response of a cryptographic call.',
      action: 'Show the Encrypt event',
      async run(ctx) {
        const events = await lookupEvents(ctx, 10)
        const encrypt = events.find((e) => e.eventName === 'Encrypt')
        if (encrypt === undefined) {
          ctx.fact('No Encrypt event among the newest ten: run the first step again.')
          return
        }
        const record = cloudTrailRecord(encrypt, ctx.account.kms.region, ctx.account.kms.accountId)
        const parameters = record.requestParameters as Record<string, unknown>
        ctx.fact(eventLine(encrypt))
        ctx.fact(`encryptionContext recorded: ${JSON.stringify(parameters.encryptionContext)}`)
        const withheld = Object.hasOwn(parameters, 'plaintext') ? '' : ' (no plaintext)'
        ctx.fact(`requestParameters: ${Object.keys(parameters).join(', ')}${withheld}`)
        ctx.fact(`responseElements: ${JSON.stringify(record.responseElements)}`)
      },
    },
  ],
}
