import type { StepContext } from './scenario.ts'
import { dateText } from './scenario-text.ts'

/**
 * GetKeyRotationStatus on a key, its answer shown as facts: whether KMS rotates the key by itself,
 * every how many days, and when next. The rotation and AWS managed key scenarios both read it.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html
 */
export async function showRotationStatus(ctx: StepContext, keyId: string): Promise<void> {
  const status = await ctx.kms('GetKeyRotationStatus', { KeyId: keyId })
  ctx.fact(`KeyRotationEnabled: ${String(status.KeyRotationEnabled)}`)
  if (status.RotationPeriodInDays !== undefined) {
    ctx.fact(`RotationPeriodInDays: ${status.RotationPeriodInDays}`)
  }
  if (status.NextRotationDate !== undefined) {
    ctx.fact(`NextRotationDate: ${dateText(status.NextRotationDate)}`)
  }
}
