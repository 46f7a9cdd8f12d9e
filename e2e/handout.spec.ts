import type { Page } from '@playwright/test'
import { expect, shippedDeck, test } from './fixtures.ts'

// Issue 14, item 4: a teacher prints a handout of a tag set, opened from the card browser; and
// item 3: "Copy link" and "Show QR code" on a card.

const TAG = 'rotation'
const tagged = shippedDeck.cards.filter((card) => card.tags.includes(TAG))

/** Paper sizes and the margins of src/app/index.css's @page (15 mm top and bottom, 14 mm sides). */
const MM = 96 / 25.4
const FORMATS = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
} as const
const MARGIN = { vertical: 15 * MM, horizontal: 14 * MM }

const handoutBlocks = (page: Page) =>
  page.getByRole('list', { name: 'Handout cards' }).getByRole('article')

async function openTagHandout(page: Page) {
  await page.goto('/browse')
  await page.getByRole('button', { name: new RegExp(`^${TAG} \\d+$`) }).click()
  await page.getByRole('link', { name: 'Handout', exact: true }).click()
  await expect(page).toHaveURL(`/handout?tag=${TAG}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Handout: Cards tagged #${TAG}`)
  await expect(handoutBlocks(page)).toHaveCount(tagged.length)
}

/** The PDF's pages: each page object of the file is `/Type /Page` (the tree's are `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}

/**
 * Where the pages of a print layout would break, given its blocks: a block that does not fit in
 * what is left of a page starts the next one (`break-inside: avoid`), the rest flows. Returns the
 * number of pages.
 */
function paginate(
  contentBottom: number,
  blocks: readonly { top: number; bottom: number }[],
  pageHeight: number,
): number {
  let pageTop = 0
  let pages = 1
  for (const block of blocks) {
    if (block.bottom - pageTop > pageHeight) {
      pageTop = block.top
      pages++
    }
  }
  return pages + Math.max(0, Math.ceil((contentBottom - pageTop) / pageHeight) - 1)
}

test('a tag set handout prints one card per block, no card cut, on A4 and Letter', async ({
  page,
}) => {
  test.slow() // two PDFs of a few pages each
  expect(tagged.length).toBeGreaterThan(3)
  await openTagHandout(page)
  const blocks = handoutBlocks(page)
  // Each card whole: its answer, and its sources printed as their addresses.
  const withUpdate = tagged.findIndex((card) => card.updated)
  if (withUpdate >= 0)
    await expect(
      blocks.nth(withUpdate).getByRole('heading', { name: /What changed at AWS/ }),
    ).toBeVisible()
  const source = tagged[0]!.sources[0]!
  await expect(blocks.first().getByRole('link', { name: source })).toBeVisible()

  // Print media, in the dark scheme: black on white, no header, navigation or buttons.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.locator('button:visible')).toHaveCount(0)
  const looks = await blocks.evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element)
      return { breakInside: style.breakInside, color: style.color }
    }),
  )
  expect(looks).toEqual(tagged.map(() => ({ breakInside: 'avoid', color: 'rgb(0, 0, 0)' })))
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe('rgb(255, 255, 255)')
  // A source's text is its URL already; any other link prints its address after its text.
  const sourceLink = blocks.first().getByRole('link', { name: source })
  expect(await sourceLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none')

  for (const [format, paper] of Object.entries(FORMATS)) {
    // The print layout's width is the paper's less its margins: lay the page out at that width
    // and measure where each card lands.
    const pageWidth = paper.width - 2 * MARGIN.horizontal
    const pageHeight = paper.height - 2 * MARGIN.vertical
    await page.setViewportSize({ width: Math.floor(pageWidth), height: Math.floor(pageHeight) })
    const layout = await page.evaluate(() => {
      const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY
      const cards = Array.from(document.querySelectorAll('[data-handout-card]')).map((element) => {
        const box = element.getBoundingClientRect()
        return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY }
      })
      const main = document.querySelector('#main')!
      return { cards, contentBottom: top(main) + main.getBoundingClientRect().height }
    })
    // Every card fits on one page, so `break-inside: avoid` can keep each whole.
    for (const card of layout.cards)
      expect(card.bottom - card.top, `${format}: a card taller than a page`).toBeLessThan(
        pageHeight,
      )
    const pdf = await page.pdf({ format })
    const pages = pdfPageCount(pdf)
    expect(pages, `${format}: pages`).toBeGreaterThan(1)
    // The PDF breaks its pages where cards are kept whole: as many pages as that layout needs.
    expect(pages, `${format}: pages`).toBe(paginate(layout.contentBottom, layout.cards, pageHeight))
  }
})

test('a card\'s "Copy link" copies its address, and "Show QR code" shows it to the room', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const card = tagged[0]!
  await page.goto(`/browse/${card.id}`)
  const url = `${baseURL}/browse/${card.id}`
  await page.getByRole('button', { name: 'Copy link to this card' }).click()
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)

  const show = page.getByRole('button', { name: 'Show QR code of the link to this card' })
  await show.click()
  const dialog = page.getByRole('dialog', { name: 'QR code of the link to this card' })
  const code = dialog.getByRole('img', { name: `QR code of ${url}` })
  await expect(code).toBeVisible()
  await expect(dialog.getByText(url, { exact: true })).toBeVisible()
  // Large enough for a room: most of the dialog's width, and drawn black on white.
  const box = (await code.boundingBox())!
  expect(box.width).toBeGreaterThan(Math.min(280, (page.viewportSize()?.width ?? 0) * 0.7))
  await expect(code.locator('rect')).toHaveAttribute('fill', '#fff')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(show).toBeFocused()
})
