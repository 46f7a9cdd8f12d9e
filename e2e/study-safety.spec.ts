/**
 * Study actions that must never lose progress: across tabs (when the other tab's broadcast is
 * late), across undo (one history for answers, suspends and flags), and in cram (which ends).
 */
import type { Page } from '@playwright/test'
import { expect, shippedDeck, test } from './fixtures.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

test.beforeEach(async ({ context }) => {
  await context.clock.install({ time: FIXED_START })
})

/**
 * Holds back this page's BroadcastChannel messages until `release()`: the other tab's "I wrote"
 * arrives late, as it does when a large history makes the write take a while.
 */
async function delayBroadcasts(page: Page) {
  await page.addInitScript(() => {
    const held: (() => void)[] = []
    const Native = BroadcastChannel
    class Delayed extends Native {
      override addEventListener(type: string, listener: EventListenerOrEventListenerObject): void {
        if (type !== 'message') return super.addEventListener(type, listener)
        super.addEventListener('message', (event) =>
          held.push(() =>
            typeof listener === 'function' ? listener(event) : listener.handleEvent(event),
          ),
        )
      }
    }
    Object.assign(window, {
      BroadcastChannel: Delayed,
      releaseBroadcasts: () => held.splice(0).forEach((deliver) => deliver()),
    })
  })
  return () =>
    page.evaluate(() => (window as unknown as { releaseBroadcasts(): void }).releaseBroadcasts())
}

for (const [name, act] of [
  ['bury (-)', (page: Page) => page.keyboard.press('-')],
  ['suspend (@)', (page: Page) => page.keyboard.press('@')],
  ['flag', (page: Page) => page.getByLabel('Flag this card').selectOption({ label: 'Flag: Red' })],
] as const) {
  test(`a ${name} in a tab that has not heard of another tab's answer loses nothing`, async ({
    context,
  }) => {
    const tabA = await context.newPage()
    const tabB = await context.newPage()
    const release = await delayBroadcasts(tabB)
    await openStudy(tabA)
    await openStudy(tabB)
    const a = studyScreen(tabA)
    const b = studyScreen(tabB)
    const shared = await a.currentQuestion()
    await expect(b.question).toHaveText(shared)

    await a.answerWithKeys(3) // A answers; B does not know yet
    await act(tabB) // …and B buries, suspends or flags the card it still shows as new
    await expect(
      tabB.getByText(/changed in another tab, so nothing was changed here/),
    ).toBeVisible()
    await release()

    const stored = await readStored(tabA)
    expect(stored.logs).toHaveLength(1)
    // The card keeps A's answer: it is learning, not new again.
    expect(stored.states).toHaveLength(1)
    expect(stored.states[0]!.fsrs.reps).toBe(1)
    expect(stored.states[0]!.fsrs.state).not.toBe(0)
  })
}

test('undo takes back a grade, a suspend and a flag in the order they were made', async ({
  page,
}) => {
  await openStudy(page)
  const screen = studyScreen(page)
  const graded = await screen.answerWithKeys(3)
  const suspended = await screen.currentQuestion()
  await page.keyboard.press('@')
  await expect(screen.question).not.toHaveText(suspended)
  await page.getByLabel('Flag this card').selectOption({ label: 'Flag: Blue' })
  await expect(page.getByText('Card flagged.')).toBeVisible()
  const stored = async () => {
    const { states, logs } = await readStored(page)
    return {
      logs: logs.length,
      flagged: states.filter((s) => (s as unknown as { flag: number }).flag !== 0).length,
      suspended: states.filter((s) => (s as unknown as { suspended: boolean }).suspended).length,
    }
  }
  expect(await stored()).toEqual({ logs: 1, flagged: 1, suspended: 1 })

  await page.keyboard.press('u') // the flag
  await expect(page.getByText('Change taken back.')).toBeVisible()
  await expect.poll(stored).toEqual({ logs: 1, flagged: 0, suspended: 1 })
  await page.keyboard.press('u') // the suspend: that card is back on screen
  await expect(screen.question).toHaveText(suspended)
  await expect.poll(stored).toEqual({ logs: 1, flagged: 0, suspended: 0 })
  await page.keyboard.press('u') // the answer
  await expect(screen.question).toHaveText(graded)
  await expect(page.getByText('Answer taken back.')).toBeVisible()
  await expect.poll(stored).toEqual({ logs: 0, flagged: 0, suspended: 0 })
})

test('after picking a flag with the keyboard, Space still reveals the answer', async ({ page }) => {
  await openStudy(page)
  await studyScreen(page).currentQuestion()
  // Tab to the flag menu and pick the next flag with an arrow key, as a keyboard user does.
  await page.getByLabel('Flag this card').focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByText('Card flagged.')).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible()
})

test('cram goes through its cards, says the schedule is unchanged, and ends', async ({ page }) => {
  // The smallest tag of the deck that has at least two cards.
  const byTag = new Map<string, number>()
  for (const card of shippedDeck.cards)
    for (const t of card.tags) byTag.set(t, (byTag.get(t) ?? 0) + 1)
  const [tag, size] = [...byTag].filter(([, n]) => n >= 2).sort((x, y) => x[1] - y[1])[0]!
  await openStudy(page)
  const screen = studyScreen(page)
  // No new cards today: the end screen, where custom study is offered.
  await page.goto('/settings')
  await page.getByLabel('New cards per day').fill('0')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible()

  await page.getByLabel('Cram: review ahead, schedule unchanged').check()
  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ value: tag })
  await page.getByRole('button', { name: 'Start custom study' }).click()
  const before = await readStored(page)
  const seen = new Set<string>()
  for (let i = 0; i < size; i++) {
    seen.add(await screen.currentQuestion())
    await page.keyboard.press('Space')
    await expect(page.getByText('Cram: your answers do not change the schedule.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Good, done for this session' })).toBeVisible()
    await page.keyboard.press('3')
    // The next card (or the end) is shown before the loop reads a question again.
    await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeHidden()
  }
  await expect(page.getByRole('heading', { name: 'Custom study finished' })).toBeVisible()
  expect(seen.size).toBe(size)
  const after = await readStored(page)
  expect(after.states).toEqual(before.states)
  expect(after.logs.filter((l) => l.kind === 'cram')).toHaveLength(size)
})
