import type { Page } from '@playwright/test'
import { buildSearchIndex, searchCards } from '../src/core/deck/search-cards.ts'
import { splitDeck } from '../src/core/deck/split-deck.ts'
import { expect, plain, shippedDeck, test } from './fixtures.ts'

const cards = shippedDeck.cards
const cardList = (page: Page) => page.getByRole('list', { name: 'Cards' })

test.describe('deck browser', () => {
  test('lists every card of the deck', async ({ page }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cards' })
      .click()
    await expect(page).toHaveURL(/\/browse$/)
    await expect(page.getByRole('heading', { name: 'Cards', level: 1 })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'cards' })).toHaveText(
      `${cards.length} cards`,
    )
    await expect(cardList(page).getByRole('listitem')).toHaveCount(cards.length)
    await expect(cardList(page).getByRole('link').first()).toContainText(plain(cards[0]!.front))
  })

  test('search narrows the list as the learner types, and clearing restores it', async ({
    page,
  }) => {
    await page.goto('/browse')
    const search = page.getByRole('searchbox', { name: /Search cards/ })
    await search.click()
    await search.pressSequentially('on-demand rotation')
    // What the search should find: the unit-tested search over the shipped deck.
    const { summary, fronts, details, tags } = splitDeck(shippedDeck)
    const questions = Object.assign({}, ...Object.values(fronts))
    const words = ['on-demand', 'rotation']
    const index = buildSearchIndex(summary, questions, details, tags)
    const expected = searchCards(index, [], (_card, _tags, has) => words.every(has))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(cards.length)
    await expect(cardList(page).getByRole('listitem')).toHaveCount(expected.length)
    await expect(page.getByText(`${expected.length} of ${cards.length} cards`)).toBeVisible()
    await expect(page).toHaveURL(/q=on-demand\+rotation/)
    await search.press('Escape')
    await expect(cardList(page).getByRole('listitem')).toHaveCount(cards.length)
  })

  test('a search that matches nothing says so', async ({ page }) => {
    await page.goto('/browse?q=zzzz-no-such-thing')
    await expect(page.getByText('No card matches this search.')).toBeVisible()
  })

  test('tag filters combine with the text search', async ({ page }) => {
    await page.goto('/browse')
    const tag = 'rotation'
    const tagged = cards.filter((c) => c.tags.includes(tag))
    await page.getByRole('button', { name: new RegExp(`^${tag} \\d+$`) }).click()
    await expect(page.getByRole('button', { name: new RegExp(`^${tag} \\d+$`) })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(cardList(page).getByRole('listitem')).toHaveCount(tagged.length)
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(cardList(page).getByRole('listitem')).toHaveCount(cards.length)
  })

  test('a card opens to its front, back, updated note and sources', async ({ page }) => {
    const card =
      cards.find((c) => c.id === 'rotation-aws-managed-yearly') ?? cards.find((c) => c.updated)!
    await page.goto('/browse')
    await page.getByRole('searchbox', { name: /Search cards/ }).fill(card.id)
    await cardList(page).getByRole('link').first().click()
    await expect(page).toHaveURL(new RegExp(`/browse/${card.id}`))
    const article = page.getByRole('article')
    await expect(article).toContainText(plain(card.front))
    await expect(article).toContainText(plain(card.back).slice(0, 40))
    await expect(article.getByRole('heading', { name: /Changed at AWS/ })).toBeVisible()
    const source = article.getByRole('link', { name: card.sources[0]!.replace('https://', '') })
    await expect(source).toHaveAttribute('href', card.sources[0]!)
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer')
  })

  test('a deep link opens a card directly, and its sandbox link leads to the scenario', async ({
    page,
  }) => {
    const card = cards.find((c) => c.sandboxScenario)!
    // Where the sandbox link is on every frame while the page loads its parts.
    await page.addInitScript(() => {
      const tops: number[] = []
      Object.assign(window, { sandboxLinkTops: tops })
      const record = () => {
        const link = Array.from(document.querySelectorAll('a')).find((a) =>
          a.textContent?.includes('Try it in the sandbox'),
        )
        if (link) tops.push(link.getBoundingClientRect().top)
        requestAnimationFrame(record)
      }
      requestAnimationFrame(record)
    })
    await page.goto(`/browse/${card.id}`)
    await expect(page.getByRole('article')).toContainText(plain(card.back).slice(0, 40))
    // Once the learner's note and reviews have loaded, the link has not moved since it showed: a
    // tap aimed at it lands on it (it jumped 66 px when the note section came in).
    await expect(page.getByRole('button', { name: 'Add your note' })).toBeVisible()
    await expect(page.getByText('Loading your reviews…')).toBeHidden()
    const tops = await page.evaluate(
      () => (window as { sandboxLinkTops?: number[] }).sandboxLinkTops,
    )
    expect(tops?.length).toBeGreaterThan(0)
    expect(new Set(tops)).toEqual(new Set([tops![0]]))
    await page.getByRole('link', { name: /Try it in the sandbox/ }).click()
    await expect(page).toHaveURL(new RegExp(`/sandbox/${card.sandboxScenario}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('an unknown card id and an unknown page are explained', async ({ page }) => {
    await page.goto('/browse/no-such-card')
    await expect(page.getByText('There is no card')).toBeVisible()
    await page.goto('/nowhere')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })

  test('works from the keyboard: / focuses search, arrows move through results, Enter opens', async ({
    page,
  }) => {
    await page.goto('/browse')
    await expect(cardList(page).getByRole('link').first()).toBeVisible()
    await page.keyboard.press('/')
    await expect(page.getByRole('searchbox', { name: /Search cards/ })).toBeFocused()
    await page.keyboard.type('alias')
    await page.keyboard.press('ArrowDown')
    await expect(cardList(page).getByRole('link').first()).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(cardList(page).getByRole('link').nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/browse\/[a-z0-9-]+\?q=alias/)
    await expect(page.getByRole('article')).toBeVisible()
  })
})

test.describe('deck browser on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'phone layout only')

  test('the list and the card take turns on a small screen', async ({ page }) => {
    const card = cards[3]!
    await page.goto('/browse')
    await cardList(page)
      .getByRole('link', { name: plain(card.front).slice(0, 30) })
      .first()
      .tap()
    await expect(page.getByRole('article')).toContainText(plain(card.back).slice(0, 30))
    await expect(cardList(page)).toBeHidden()
    await page.getByRole('link', { name: '← All cards' }).tap()
    await expect(cardList(page)).toBeVisible()
  })
})
