import { expect, test } from './fixtures.ts'
import { FIXED_START, openStudy, readStored, studyScreen } from './study-helpers.ts'

test.beforeEach(async ({ context }) => {
  await context.clock.install({ time: FIXED_START })
})

test('two tabs grading in turn keep every review', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  await openStudy(tabA)
  await openStudy(tabB)
  const a = studyScreen(tabA)
  const b = studyScreen(tabB)

  const first = await a.answerWithKeys(3)
  await expect(b.question).not.toHaveText(first) // B heard about it and moved on
  const second = await b.answerWithKeys(3)
  await expect(a.question).not.toHaveText(second)
  const third = await a.answerWithKeys(1)
  await expect(b.count('new')).toHaveText('17')

  const stored = await readStored(tabA)
  expect(stored.logs).toHaveLength(3)
  expect(new Set(stored.logs.map((l) => l.cardId)).size).toBe(3)
  expect([first, second, third]).toEqual([...new Set([first, second, third])])
})

test('a card open in two tabs is answered once: the other tab moves on', async ({ context }) => {
  const tabA = await context.newPage()
  const tabB = await context.newPage()
  await openStudy(tabA)
  await openStudy(tabB)
  const a = studyScreen(tabA)
  const b = studyScreen(tabB)
  const shared = await a.currentQuestion()
  await expect(b.question).toHaveText(shared)
  await tabB.keyboard.press('Space') // B is looking at the answer…
  await a.answerWithKeys(3) // …when A answers the same card
  await expect(b.question).not.toHaveText(shared)
  await b.answerWithKeys(3)
  const stored = await readStored(tabB)
  expect(stored.logs).toHaveLength(2)
  expect(new Set(stored.logs.map((l) => l.cardId)).size).toBe(2)
})
