/**
 * An AWS service's grants in the sandbox (issue 16): a grants card's "Try it in the sandbox"
 * opens the aws-service-grants scenario; the learner steps it by keyboard while Amazon EBS and
 * EC2 create a volume key, grant the instance's infrastructure Decrypt for that volume only, use
 * the grant, retire it on detach, and fail to attach under a disabled key and one pending
 * deletion. The calls say which service made them, here and in the audit trail.
 */
import type { Page } from '@playwright/test'
import { expect, shippedDeck, test } from './fixtures.ts'
import { expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'

const STEPS = 8
const EC2 = 'ec2.us-east-1.amazonaws.com'

const guide = (page: Page) => page.getByRole('region', { name: /^Guided scenario:/ })
const stepSection = (page: Page) => guide(page).getByRole('region', { name: /^Step \d+ of \d+/ })
const next = (page: Page) => guide(page).getByRole('button', { name: 'Next', exact: true })

/** Presses the step's button with Enter, waits for Next to take the focus, and checks the facts. */
async function runStep(page: Page, n: number, title: string, action: string, shows: RegExp[]) {
  await expect(stepSection(page)).toHaveAccessibleName(`Step ${n} of ${STEPS}: ${title}`)
  await stepSection(page).getByRole('button', { name: action, exact: true }).press('Enter')
  await expect(next(page)).toBeFocused()
  for (const fact of shows) await expect(stepSection(page)).toContainText(fact)
}

test('a grants card opens the EBS scenario; EC2 creates, uses and retires its grant, and a disabled key stops the next attach', async ({
  page,
}, testInfo) => {
  // Eight steps and two axe scans of the whole sandbox page, on a shared machine.
  test.setTimeout(120_000)
  const card = shippedDeck.cards.find((c) => c.id === 'grant-aws-services')
  expect(card?.sandboxScenario).toBe('aws-service-grants')
  await page.goto('/browse/grant-aws-services')
  await page
    .getByRole('link', { name: /Try it in the sandbox: Watch EBS and EC2 create, use and retire/ })
    .click()
  await expect(page).toHaveURL(/\/sandbox\/aws-service-grants$/)
  const setUp = guide(page).getByRole('complementary', { name: 'Set up for you' })
  await expect(setUp).toContainText('alias/keydeck/aws-service-grants')
  await expect(setUp).toContainText('no EC2 grant on either key')

  await runStep(page, 1, 'Create an encrypted volume', 'Create the volume', [
    /Volume: vol-[0-9a-f]{17}/,
    /KeyManager: AWS/,
  ])
  // The call line (under the step's folded requests) says who called and through which service.
  await expect(stepSection(page)).toContainText(
    `KMS GenerateDataKeyWithoutPlaintext as root via ${EC2}: OK`,
  )
  await page.keyboard.press('Enter')

  await runStep(page, 2, 'Attach it to an instance', 'Attach the volume', [
    /Instance: i-[0-9a-f]{17}/,
    /assumed-role\/aws:ec2-infrastructure\/i-[0-9a-f]{17}/,
  ])
  await page.keyboard.press('Enter')
  await runStep(page, 3, 'Look at the grant', 'List grants, read CloudTrail', [
    /Operations: Decrypt/,
    /EncryptionContextSubset \{"aws:ebs:id":"vol-[0-9a-f]{17}"\}/,
    /RetiringPrincipal: arn:aws:iam::123456789012:root/,
    new RegExp(`CloudTrail: CreateGrant by root, through ${EC2.replaceAll('.', '\\.')}`),
  ])
  await page.keyboard.press('Enter')
  await runStep(page, 4, 'Read another volume’s key', 'Try the other volume', [
    /’s key by i-[0-9a-f]{17}: AccessDeniedException/,
  ])
  await page.keyboard.press('Enter')
  await runStep(page, 5, 'Detach the volume', 'Detach the volume', [
    /: retired/,
    /infrastructure now: AccessDeniedException/,
  ])
  await page.keyboard.press('Enter')
  await runStep(page, 6, 'Use your own key', 'Create and attach', [
    /on alias\/keydeck\/aws-service-grants/,
  ])
  await page.keyboard.press('Enter')
  await runStep(page, 7, 'Disable your key', 'Disable, then attach elsewhere', [
    /stays attached to i-[0-9a-f]{17}, still usable\./,
    /Attach to another instance: DisabledException: arn:aws:kms:us-east-1:\d+:key\/\S+ is disabled\./,
  ])
  await page.keyboard.press('Enter')
  await runStep(page, 8, 'Schedule its deletion', 'Schedule deletion, attach, detach', [
    /Attach to another instance: KMSInvalidStateException: .* is pending deletion\./,
    /EC2 retired its grant\./,
  ])
  await stepSection(page).screenshot({ path: testInfo.outputPath('step-8.png') })
  await page.keyboard.press('Enter')
  await expect(guide(page).getByRole('heading', { name: /^Scenario complete/ })).toBeFocused()
  await expect(guide(page).getByRole('alert')).toHaveCount(0)
  const cards = shippedDeck.cards.filter((c) => c.sandboxScenario === 'aws-service-grants')
  expect(cards.map((c) => c.id).sort()).toEqual([
    'grant-aws-services',
    'grant-aws-services-retire',
    'svc-ebs-key-deleted',
  ])
  await expect(guide(page).getByRole('list').last().getByRole('link')).toHaveCount(cards.length)

  // The audit trail names the service EBS's calls came through.
  const trail = page.getByRole('region', { name: /Audit trail/ })
  await expect(trail.getByRole('row').filter({ hasText: 'CreateGrant' }).first()).toContainText(
    `root via ${EC2}`,
  )

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoAxeViolations(page, { label: colorScheme })
  }
  await expectNoSidewaysScroll(page)
})
