import { expect, test } from './fixtures.ts'

// WCAG 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways (the main navigation
// may scroll within itself).
const SCREENS = [
  { path: '/', ready: /Show answer/ },
  { path: '/browse', ready: /Cards/ },
  { path: '/stats', ready: /Statistics/ },
  { path: '/settings', ready: /Backup and settings/ },
  { path: '/sandbox', ready: /Create a key/ },
]

test.use({ viewport: { width: 320, height: 640 } })

for (const screen of SCREENS) {
  test(`${screen.path} fits a 320 px wide screen`, async ({ page }) => {
    await page.goto(screen.path)
    await expect(
      page
        .getByRole('heading', { name: screen.ready })
        .or(page.getByRole('button', { name: screen.ready }))
        .first(),
    ).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    // Every navigation link can still be reached, by scrolling the navigation into view.
    const last = page.getByRole('navigation', { name: 'Main' }).getByRole('link').last()
    await last.scrollIntoViewIfNeeded()
    await expect(last).toBeInViewport()
  })
}
