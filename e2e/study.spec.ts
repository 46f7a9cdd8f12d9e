import { expect, shippedDeck, test, plain } from './fixtures.ts'
import { FIXED_START, openStudy, readStored, setNewPerDay, studyScreen } from './study-helpers.ts'

const frontOf = (id: string) => plain(shippedDeck.cards.find((c) => c.id === id)!.front)

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: FIXED_START })
})

test('study 10 cards with the keyboard; after a reload exactly those reviews are stored and study continues', async ({
  page,
}) => {
  await openStudy(page)
  const screen = studyScreen(page)
  await expect(screen.count('new')).toHaveText('20')
  const answered: string[] = []
  for (let i = 0; i < 10; i++) answered.push(await screen.answerWithKeys(i % 4 === 0 ? 1 : 3))
  await expect(screen.count('new')).toHaveText('10')
  const nextBeforeReload = await screen.currentQuestion()

  await page.reload()
  await expect(screen.count('new')).toHaveText('10')
  await expect(screen.question).toHaveText(nextBeforeReload)
  const stored = await readStored(page)
  expect(stored.logs).toHaveLength(10)
  expect(stored.logs.map((l) => frontOf(l.cardId))).toEqual(answered)
  expect(stored.logs.map((l) => l.rating)).toEqual([1, 3, 3, 3, 1, 3, 3, 3, 1, 3])
  expect(new Set(stored.states.map((s) => s.cardId)).size).toBe(10)
})

test('the answer buttons preview each interval, and the first new cards come in deck order', async ({
  page,
}) => {
  await openStudy(page)
  const screen = studyScreen(page)
  expect(await screen.currentQuestion()).toBe(frontOf(shippedDeck.cards[0]!.id))
  await screen.showAnswer.click()
  await expect(page.getByRole('button', { name: /^Again, next in 1m$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Good, next in 10m$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Easy, next in \d+d$/ })).toBeVisible()
})

test('undo restores the card and the counts, several steps back', async ({ page }) => {
  await openStudy(page)
  const screen = studyScreen(page)
  const first = await screen.answerWithKeys(3)
  const second = await screen.answerWithKeys(1)
  await expect(screen.count('new')).toHaveText('18')
  // Both are learning again within minutes (the 10m and 1m steps): counted at once, as in Anki.
  await expect(screen.count('learning')).toHaveText('2')

  await page.keyboard.press('u')
  await expect(screen.question).toHaveText(second)
  await page.keyboard.press('Control+z')
  await expect(screen.question).toHaveText(first)
  await expect(screen.count('new')).toHaveText('20')
  await expect(screen.count('learning')).toHaveText('0')
  expect((await readStored(page)).logs).toHaveLength(0)
})

test('undo works after the last card of the day', async ({ page }) => {
  await openStudy(page)
  await setNewPerDay(page, 1)
  const screen = studyScreen(page)
  const only = await screen.answerWithKeys(4)
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible()
  await page.keyboard.press('u')
  await expect(screen.question).toHaveText(only)
  await expect(screen.count('new')).toHaveText('1')
})

test('bury hides a card until tomorrow and suspend until unsuspended; ? lists the shortcuts', async ({
  page,
}) => {
  await openStudy(page)
  const screen = studyScreen(page)
  const buried = await screen.currentQuestion()
  await page.keyboard.press('-')
  await expect(page.getByText('Card buried until tomorrow.')).toBeVisible()
  await expect(screen.question).not.toHaveText(buried)
  await expect(screen.count('new')).toHaveText('20')
  const suspended = await screen.currentQuestion()
  await page.keyboard.press('@')
  await expect(page.getByText('Card suspended.')).toBeVisible()
  await expect(screen.question).not.toHaveText(suspended)
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('moving the clock forward by days brings due cards back', async ({ page }) => {
  await openStudy(page)
  await setNewPerDay(page, 2)
  const screen = studyScreen(page)
  await screen.answerWithKeys(4)
  await screen.answerWithKeys(4)
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible()
  await expect(page.getByTestId('next-due')).toHaveText(
    /^(1 card is|2 cards are) due in \d+ days \(/,
  )

  await page.clock.setSystemTime(FIXED_START.getTime() + 30 * 86_400_000) // 30 days later
  await page.reload()
  await expect(screen.count('review')).toHaveText('2')
  await screen.answerWithKeys(3)
  await expect(screen.count('review')).toHaveText('1')
})

test('custom study: cram reviews ahead without changing the schedule', async ({ page }) => {
  await openStudy(page)
  await setNewPerDay(page, 1)
  const screen = studyScreen(page)
  await screen.answerWithKeys(4)
  const before = await readStored(page)
  await page.getByLabel('Cram: review ahead, schedule unchanged').check()
  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'All cards' })
  await page.getByRole('button', { name: 'Start custom study' }).click()
  await expect(page.getByText(/Custom study: cram/)).toBeVisible()
  await screen.answerWithKeys(1)
  const after = await readStored(page)
  expect(after.logs).toHaveLength(2)
  expect(after.logs[1]!.kind).toBe('cram')
  expect(after.states).toEqual(before.states)
})

test('a card can be flagged with a colour, and the flag is stored', async ({ page }) => {
  await openStudy(page)
  const screen = studyScreen(page)
  await screen.currentQuestion()
  await page.getByLabel('Flag this card').selectOption({ label: 'Flag: Green' })
  await expect(page.getByText('Card flagged.')).toBeVisible()
  const stored = await readStored(page)
  expect(stored.states.map((s) => (s as unknown as { flag: number }).flag)).toEqual([3])
})

test('a suspended card comes back from the card browser with Unsuspend', async ({ page }) => {
  await openStudy(page)
  const screen = studyScreen(page)
  const suspended = await screen.currentQuestion()
  await page.keyboard.press('@')
  await expect(screen.question).not.toHaveText(suspended)
  const card = shippedDeck.cards.find((c) => plain(c.front) === suspended)!
  await page.goto(`/browse/${card.id}`)
  const marked = page.getByRole('article').getByText('Suspended', { exact: true })
  await expect(marked).toBeVisible()
  await page.getByRole('button', { name: 'Unsuspend' }).click()
  await expect(page.getByRole('button', { name: 'Unsuspend' })).toBeHidden()
  await expect(marked).toBeHidden()
  const stored = await readStored(page)
  expect(stored.states.find((s) => s.cardId === card.id)).toMatchObject({ suspended: false })
})
