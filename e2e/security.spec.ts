/**
 * The Content-Security-Policy is in force in the built app: inline script, inline styles other
 * than the entry stylesheet, and foreign connections are refused by the browser itself. (Uses Playwright's plain `test`: the violations
 * provoked here log console errors on purpose.)
 */
import { expect, test } from '@playwright/test'

type Probe = { __violations: string[]; __injected?: boolean }

test('the built app refuses inline script and connections to other origins', async ({ page }) => {
  const response = await page.goto('/browse')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(meta).toContain("default-src 'self'")
  expect(meta).toContain("connect-src 'self'")

  const fetched = await page.evaluate(async () => {
    const probe = window as unknown as Probe
    probe.__violations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      probe.__violations.push(e.effectiveDirective),
    )
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    // The header allows inline styles so that a host's config can be one constant text; the meta
    // policy allows only the entry stylesheet's hash, and both are enforced.
    const style = document.createElement('style')
    style.textContent = 'body { outline: 7px solid rgb(255, 0, 0) }'
    document.head.append(style)
    return fetch('https://example.com/').then(
      () => true,
      () => false,
    )
  })
  expect(fetched).toBe(false)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Probe).__violations))
    .toEqual(expect.arrayContaining(['script-src-elem', 'connect-src', 'style-src-elem']))
  expect(await page.evaluate(() => (window as unknown as Probe).__injected)).toBeUndefined()
  expect(await page.evaluate(() => getComputedStyle(document.body).outlineWidth)).not.toBe('7px')
  // …while the entry's own inline stylesheet applies (the page is styled).
  await expect(page.locator('style[data-entry-css]')).toHaveCount(1)
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px')
  // The browse screen's lazy chunk lists the entry stylesheet: it must not be fetched again.
  await expect(page.getByRole('list', { name: 'Cards' })).toBeVisible()
  const sheets = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/index-[^/]+\.css$/.test(e.name)),
  )
  expect(sheets).toEqual([])
})
