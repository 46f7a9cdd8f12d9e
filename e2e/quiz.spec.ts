/**
 * Quiz mode (issue 14, items 2 and 3): a quiz link played alone to its tally, twice with the same
 * questions; the same link presented to a room with the presenter keys; a bad link; the start
 * form; the timer on Playwright's clock. The expected questions come from the core's generator
 * over the shipped deck: the link must give exactly that quiz.
 */
import type { Page } from '@playwright/test'
import { generateQuiz, parseQuizSeed, type QuizQuestion } from '../src/core/quiz/index.ts'
import { expect, plain, shippedDeck, test } from './fixtures.ts'
import { expectDrawnIn, expectNoAxeViolations, expectNoSidewaysScroll } from './page-checks.ts'

const LETTERS = ['A', 'B', 'C', 'D']
const quizOf = (seed: string, count: number) =>
  generateQuiz(shippedDeck, { seed: parseQuizSeed(seed)!, count }).questions

const questionRegion = (page: Page) => page.getByRole('region', { name: /^Question \d+ of \d+$/ })
const firstLine = (question: QuizQuestion) => plain(question.front).split('\n')[0]!

test('a seeded quiz link played to its tally twice, by keyboard then by mouse, asks the same questions', async ({
  page,
}) => {
  const expected = quizOf('k3x9', 4)
  await page.goto('/quiz?seed=k3x9&count=4')

  // By keyboard: 1–4 choose, Enter checks, Enter goes on (the focus is on Next). Right on even
  // questions, wrong on odd ones.
  const firstPlay: string[] = []
  for (const [i, question] of expected.entries()) {
    const region = questionRegion(page)
    await expect(region).toHaveAccessibleName(`Question ${i + 1} of 4`)
    await expect(region).toContainText(firstLine(question))
    firstPlay.push(await region.innerText())
    const right = question.answerIndex
    const choice = i % 2 === 0 ? right : (right + 1) % 4
    await page.keyboard.press(String(choice + 1))
    await expect(
      region.getByRole('radio', { name: new RegExp(`^${LETTERS[choice]}\\.`) }),
    ).toBeChecked()
    await page.keyboard.press('Enter')
    await expect(region.getByRole('status').or(region.getByRole('alert'))).toContainText(
      i % 2 === 0 ? `Right: the answer is ${LETTERS[right]}.` : `the answer is ${LETTERS[right]}.`,
    )
    await expect(
      region.getByRole('link', { name: 'The card, with its full answer and sources' }),
    ).toHaveAttribute('href', `/browse/${question.cardId}`)
    await page.keyboard.press('Enter')
  }
  await expect(page.getByRole('heading', { name: 'Your score: 2 of 4' })).toBeVisible()
  const tally = page.getByRole('list', { name: 'Questions' }).getByRole('listitem')
  await expect(tally).toHaveCount(4)
  await expect(tally.nth(0)).toContainText('Right')
  await expect(tally.nth(1)).toContainText('Wrong')

  // Again, by mouse: the same questions and options, in the same order; all right this time.
  await page.getByRole('button', { name: 'Play again' }).click()
  const secondPlay: string[] = []
  for (const [i, question] of expected.entries()) {
    const region = questionRegion(page)
    await expect(region).toHaveAccessibleName(`Question ${i + 1} of 4`)
    secondPlay.push(await region.innerText())
    await region
      .getByRole('radio', { name: new RegExp(`^${LETTERS[question.answerIndex]}\\.`) })
      .check()
    await region.getByRole('button', { name: 'Check answer' }).click()
    await expect(region.getByRole('status')).toContainText('Right')
    await region.getByRole('button', { name: i === 3 ? 'See your score' : 'Next question' }).click()
  }
  expect(secondPlay).toEqual(firstPlay)
  await expect(page.getByRole('heading', { name: 'Your score: 4 of 4' })).toBeVisible()
  // "New quiz" goes back to the form.
  await page.getByRole('link', { name: 'New quiz' }).click()
  await expect(page).toHaveURL(/\/quiz$/)
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled()
})

test('the start form makes a link with the tags, count and timer chosen', async ({ page }) => {
  await page.goto('/quiz')
  await page.getByRole('button', { name: /^rotation \d+$/ }).click()
  await expect(page.getByRole('button', { name: /^rotation \d+$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.getByLabel('Number of questions').selectOption('5')
  await page.getByRole('radio', { name: '30 seconds' }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page).toHaveURL(/\/quiz\?seed=[0-9a-z]{1,7}&count=5&tag=rotation&timer=30$/)
  await expect(questionRegion(page)).toHaveAccessibleName('Question 1 of 5')
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible()
  // Every question is about a rotation card.
  const seed = new URL(page.url()).searchParams.get('seed')!
  const first = generateQuiz(shippedDeck, {
    seed: parseQuizSeed(seed)!,
    count: 5,
    tags: ['rotation'],
  }).questions[0]!
  await expect(questionRegion(page)).toContainText(firstLine(first))

  // The room joins from their phones: the quiz's link as a QR code for the projector.
  await page.getByRole('button', { name: 'Show QR code of the link to this quiz' }).click()
  const dialog = page.getByRole('dialog', { name: 'QR code of the link to this quiz' })
  await expect(dialog.getByRole('img', { name: `QR code of ${page.url()}` })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('a quiz presented to a room: reveal, next, back, the end and Escape, by the presenter keys', async ({
  page,
}, testInfo) => {
  const desktop = testInfo.project.name === 'desktop'
  if (desktop) await page.setViewportSize({ width: 1920, height: 1080 })
  const expected = quizOf('k3x9', 3)
  await page.goto('/present/quiz?seed=k3x9&count=3')
  const question = page.getByRole('region', { name: 'Question 1 of 3' })
  await expect(question).toContainText(firstLine(expected[0]!))
  await expect(page.getByText('1 / 3', { exact: true })).toBeVisible()
  // No app chrome, and the question readable from the back of the room.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  if (desktop) {
    const size = await question
      .locator('p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(0.04 * 1080)
  }
  const answers = question.getByRole('list', { name: 'Answers' }).getByRole('listitem')
  await expect(answers).toHaveCount(4)
  await expect(page.getByText('✓ Right answer')).toHaveCount(0)

  await page.keyboard.press('Space')
  const right = answers.nth(expected[0]!.answerIndex)
  await expect(right).toContainText('✓ Right answer')
  await expect(question).toContainText(`The answer is ${LETTERS[expected[0]!.answerIndex]}.`)

  await page.keyboard.press('PageDown')
  await expect(page.getByRole('region', { name: 'Question 2 of 3' })).toContainText(
    firstLine(expected[1]!),
  )
  await expect(page.getByText('2 / 3', { exact: true })).toBeVisible()
  await expect(page.getByText('✓ Right answer')).toHaveCount(0)
  await page.keyboard.press('PageUp') // back to the first answer, shown
  await expect(page.getByRole('region', { name: 'Question 1 of 3' })).toContainText(
    '✓ Right answer',
  )
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowDown') // reveal the second
  await expect(page.getByRole('region', { name: 'Question 2 of 3' })).toContainText(
    '✓ Right answer',
  )

  await page.keyboard.press('End')
  await expect(page.getByRole('heading', { name: 'Quiz over: 3 questions' })).toBeVisible()
  const summary = page.getByRole('list', { name: 'Questions and answers' }).getByRole('listitem')
  await expect(summary).toHaveCount(3)
  await expect(summary.nth(2)).toContainText(expected[2]!.options[expected[2]!.answerIndex]!.text)
  await page.keyboard.press('Home')
  await expect(page.getByRole('region', { name: 'Question 1 of 3' })).toBeVisible()

  // B blanks the screen for a moment; B again shows it.
  await page.keyboard.press('b')
  await expect(page.getByText('The screen is blank.')).toBeAttached()
  await page.keyboard.press('b')
  await expect(page.getByText('The screen is blank.')).not.toBeAttached()

  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/quiz\?seed=k3x9&count=3$/)
  await expect(questionRegion(page)).toHaveAccessibleName('Question 1 of 3')
})

test('a bad quiz link says what is wrong with it and offers a new quiz', async ({ page }) => {
  await page.goto('/quiz?seed=K3X9&count=0&timer=20')
  await expect(page.getByRole('heading', { name: 'This quiz link does not work' })).toBeVisible()
  const problems = page.getByRole('alert')
  await expect(problems).toContainText('The seed “K3X9” is not a quiz seed')
  await expect(problems).toContainText(
    'The number of questions must be a whole number from 1 to 50.',
  )
  await expect(problems).toContainText('The timer must be 15, 30, 60 seconds, or left out.')
  await page.getByRole('link', { name: 'Start a new quiz' }).click()
  await expect(page).toHaveURL(/\/quiz$/)
  await expect(page.getByRole('heading', { name: 'Quiz', exact: true })).toBeVisible()

  // In presenter mode too, also for a tag no card has.
  await page.goto('/present/quiz?seed=abc&tag=rotaton')
  await expect(page.getByRole('alert')).toContainText('No card has the tag “rotaton”.')
  await expect(page.getByRole('link', { name: 'Start a new quiz' })).toBeVisible()
})

test('the timer counts down on the clock, and a question whose time runs out counts as unanswered', async ({
  page,
}) => {
  const start = new Date('2026-11-30T09:00:00')
  await page.clock.install({ time: start })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const expected = quizOf('k3x9', 2)
  await page.goto('/quiz?seed=k3x9&count=2&timer=15')
  const timer = page.getByRole('timer', { name: 'Time left' })
  await expect(timer).toHaveText(/^\d+ s left$/)
  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt(new Date(start.getTime() + 5_000))
  const secondsLeft = async () => Number(/^(\d+) s left$/.exec(await timer.innerText())?.[1])
  const before = await secondsLeft()
  expect(before).toBeGreaterThanOrEqual(10)
  expect(before).toBeLessThanOrEqual(15)
  // With reduced motion the bar moves with the whole seconds, not at every tick.
  const bar = timer.locator('xpath=following-sibling::div[1]/div')
  expect(await bar.evaluate((el) => (el as HTMLElement).style.width)).toBe(
    `${Math.round((before / 15) * 1000) / 10}%`,
  )

  await page.clock.runFor(5_000)
  await expect.poll(secondsLeft).toBeLessThanOrEqual(before - 4)
  await expect(page.getByText('Time’s up: the answer is')).toHaveCount(0)
  await page.clock.runFor(15_000)
  await expect(questionRegion(page).getByRole('status')).toHaveText(
    `Time’s up: the answer is ${LETTERS[expected[0]!.answerIndex]}.`,
  )
  await expect(timer).toHaveCount(0)

  // The next question has its full time, to the second.
  await page.getByRole('button', { name: 'Next question' }).click()
  await expect(timer).toHaveText('15 s left')
  await page.clock.runFor(14_500)
  await expect(timer).toHaveText('1 s left')
  await page.keyboard.press(String(expected[1]!.answerIndex + 1))
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Your score: 1 of 2' })).toBeVisible()
  await expect(page.getByText('1 right, 0 wrong, 1 not answered in time.')).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first(),
  ).toContainText('No answer')
})

test('axe finds no violations in the quiz’s other states, light and dark: the form, an answer shown, the tally, the presented answer and summary', async ({
  page,
}) => {
  test.slow()
  const scan = async (label: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await expectDrawnIn(page, colorScheme)
      await expectNoAxeViolations(page, { label: `${label} (${colorScheme})` })
    }
    await expectNoSidewaysScroll(page)
  }
  await page.goto('/quiz')
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled()
  await scan('start form')

  await page.goto('/quiz?seed=k3x9&count=1&timer=60')
  await expect(page.getByRole('timer')).toBeVisible()
  await page.keyboard.press('1')
  await scan('question with a timer')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'See your score' })).toBeFocused()
  await scan('answer shown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /^Your score/ })).toBeVisible()
  await scan('tally')

  await page.goto('/present/quiz?seed=k3x9&count=2&timer=30')
  await expect(page.getByRole('timer')).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByText('✓ Right answer')).toBeVisible()
  await scan('presented answer')
  await page.keyboard.press('End')
  await expect(page.getByRole('heading', { name: 'Quiz over: 2 questions' })).toBeVisible()
  await scan('presented summary')
})
