/**
 * The card browser finds every state with Anki's search syntax: cards marked on the review screen
 * (by the keyboard) are found by `is:suspended` and `flag:1`, a row of "Cards by state" opens its
 * search, the card page suspends and flags, and bad syntax is explained.
 */
import type { Page } from '@playwright/test'
import { expect, plain, shippedDeck, test } from './fixtures.ts'
import { expectNoAxeViolations } from './page-checks.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

const cardList = (page: Page) => page.getByRole('list', { name: 'Cards' })
const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Search cards/ })
const idOf = (question: string) => shippedDeck.cards.find((c) => plain(c.front) === question)!.id

test.beforeEach(async ({ page }) => {
  // Each story studies, browses and runs axe over the whole list: give it room on a busy machine.
  test.slow()
  await page.clock.install({ time: FIXED_START })
})

/** Types a search into the browser's field as a person does. */
async function search(page: Page, text: string) {
  const box = searchBox(page)
  await box.click()
  await box.press('Escape') // clears the field
  await box.pressSequentially(text)
}

/** On the review screen: suspends the card shown with @, flags the next one red with the keyboard. */
async function suspendAndFlagInStudy(page: Page) {
  await openStudy(page)
  const screen = studyScreen(page)
  const suspended = await screen.currentQuestion()
  await page.keyboard.press('@')
  await expect(page.getByText('Card suspended.')).toBeVisible()
  await expect(screen.question).not.toHaveText(suspended)
  const flagged = await screen.currentQuestion()
  // Tab to the flag menu and pick the first flag (red) with an arrow key.
  await page.getByLabel('Flag this card').focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByText('Card flagged.')).toBeVisible()
  return { suspended, flagged }
}

test('is:suspended and flag:1 find exactly the cards suspended and flagged in study', async ({
  page,
}) => {
  const { suspended, flagged } = await suspendAndFlagInStudy(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cards' }).click()
  await expect(cardList(page).getByRole('listitem')).toHaveCount(shippedDeck.cards.length)

  await search(page, 'is:suspended')
  await expect(page).toHaveURL(/\/browse\?q=is%3Asuspended$/)
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  const found = cardList(page).getByRole('listitem').first()
  await expect(found).toContainText(suspended)
  await expect(found.getByText('Suspended', { exact: true })).toBeVisible()
  await expect(page.getByText(`1 of ${shippedDeck.cards.length} cards`)).toBeVisible()

  await search(page, 'flag:1')
  await expect(page).toHaveURL(/\/browse\?q=flag%3A1$/)
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  await expect(cardList(page).getByRole('listitem').first()).toContainText(flagged)
  await expect(cardList(page).getByText('Red flag')).toBeVisible()

  // Terms combine, and - leaves out: every card but the two marked ones.
  await search(page, '-is:suspended -flag:1')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(shippedDeck.cards.length - 2)
  await expectNoAxeViolations(page)

  // The search is a deep link: a reload (or a shared URL) shows the same cards.
  await page.goto('/browse?q=is:suspended')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  await expect(cardList(page).getByRole('listitem').first()).toContainText(suspended)
})

test('a row of "Cards by state" in Statistics opens the search for its cards', async ({ page }) => {
  const { suspended } = await suspendAndFlagInStudy(page)
  const learning = await studyScreen(page).answerWithKeys(3) // a first Good: still learning
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click()
  const table = page.getByRole('table', { name: 'Number of cards in each state' })
  await table.getByRole('link', { name: 'Suspended' }).click()
  await expect(page).toHaveURL(/\/browse\?q=is%3Asuspended$/)
  await expect(searchBox(page)).toHaveValue('is:suspended')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  await expect(cardList(page).getByRole('listitem').first()).toContainText(suspended)

  await page.goBack()
  await table.getByRole('link', { name: 'Learning', exact: true }).click()
  await expect(searchBox(page)).toHaveValue('is:learn -is:review')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  await expect(cardList(page).getByRole('listitem').first()).toContainText(learning)
})

test('the card page suspends, buries and flags a card, as the review screen does', async ({
  page,
}) => {
  await page.goto('/browse')
  const first = shippedDeck.cards[0]!
  await cardList(page).getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/browse/${first.id}`))
  const actions = page.getByRole('group', { name: 'Card actions' })
  await actions.getByRole('button', { name: 'Suspend' }).click()
  await expect(page.getByText('Card suspended.')).toBeVisible()
  await expect(actions.getByRole('button', { name: 'Unsuspend' })).toBeVisible()
  await actions.getByRole('combobox', { name: 'Flag' }).selectOption({ label: 'Blue flag' })
  await expect(page.getByText('Blue flag set.')).toBeVisible()
  await expect
    .poll(async () => (await readStored(page)).states)
    .toEqual([expect.objectContaining({ cardId: first.id, suspended: true, flag: 4 })])
  await expectNoAxeViolations(page)

  await page.goto('/browse?q=is:suspended flag:4')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  const row = cardList(page).getByRole('listitem').first()
  await expect(row).toContainText(plain(first.front))
  await expect(row.getByText('Suspended', { exact: true })).toBeVisible()
  await expect(row.getByText('Blue flag')).toBeVisible()

  // Bury another card; it leaves today's study queue.
  const second = shippedDeck.cards[1]!
  await page.goto(`/browse/${second.id}`)
  await page.getByRole('button', { name: 'Bury until tomorrow' }).click()
  await expect(page.getByText('Card buried until tomorrow.')).toBeVisible()
  await page.goto('/browse?q=is:buried')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
  await expect(cardList(page).getByRole('listitem').first()).toContainText(plain(second.front))
})

test('bad syntax says what is wrong; the search help runs its examples', async ({ page }) => {
  await page.goto('/browse')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(shippedDeck.cards.length)
  await search(page, 'prop:lapses>')
  await expect(searchBox(page)).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('"prop:lapses>" needs a number after >')).toBeVisible()
  await expect(page.getByText('Fix the search to see the cards it finds.')).toBeVisible()
  await searchBox(page).press('3')
  await expect(searchBox(page)).not.toHaveAttribute('aria-invalid')
  await expect(page.getByText('No card matches this search.')).toBeVisible()

  await page.goto('/browse?q=flag:9')
  await expect(page.getByText(/"flag:9": a flag is a number from 0 to 7/)).toBeVisible()

  await page.getByText('Search help').click()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'is:new', exact: true }).click()
  await expect(page).toHaveURL(/\/browse\?q=is%3Anew$/)
  await expect(cardList(page).getByRole('listitem')).toHaveCount(shippedDeck.cards.length)
})

test('a card suspended in study is found with its id', async ({ page }) => {
  const { suspended } = await suspendAndFlagInStudy(page)
  await page.goto(`/browse?q=is:suspended ${idOf(suspended)}`)
  await expect(cardList(page).getByRole('listitem')).toHaveCount(1)
})

test('the list shows without the search code; if it cannot load, Retry loads it', async ({
  page,
  allowProblems,
}) => {
  // Offline before the app was cached: the request for the search syntax's chunk fails (found
  // by a message only that module has, whatever the chunk is named).
  let offline = true
  allowProblems(/ERR_FAILED|Failed to fetch dynamically imported module|Failed to load resource/)
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch()
    if (offline && (await response.text()).includes('needs a number after'))
      return route.abort('failed')
    return route.fulfill({ response })
  })
  await page.goto('/browse')
  await expect(cardList(page).getByRole('listitem')).toHaveCount(shippedDeck.cards.length)
  await search(page, 'is:new')
  await expect(page.getByText(/The search could not be loaded/)).toBeVisible()
  offline = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByText(/The search could not be loaded/)).toBeHidden()
  await expect(cardList(page).getByRole('listitem')).toHaveCount(shippedDeck.cards.length)
  await search(page, 'prop:lapses>')
  await expect(page.getByText('"prop:lapses>" needs a number after >')).toBeVisible()
})
