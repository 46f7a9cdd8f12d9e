/** Helpers for the study stories: the review screen as a page object, and the stored data. */
import type { Page } from '@playwright/test'
import { expect } from './fixtures.ts'
import { inKeyDeckDb } from './keydeck-db.ts'

export const FIXED_START = new Date('2026-11-30T09:00:00')

export interface StoredStudy {
  states: { cardId: string; fsrs: { reps: number; due: number; state: number } }[]
  logs: { id: string; cardId: string; rating: number; reviewedAt: number; kind: string }[]
}

/** What IndexedDB holds right now, read the way the app stores it. */
export function readStored(page: Page): Promise<StoredStudy> {
  return inKeyDeckDb(
    page,
    async (db, idb) => {
      const tx = db.transaction(['cardStates', 'reviewLog'])
      const [states, logs] = await Promise.all([
        idb.result(tx.objectStore('cardStates').getAll()),
        idb.result(tx.objectStore('reviewLog').index('byTime').getAll()),
      ])
      return { states, logs }
    },
    null,
  )
}

/** Writes states and logs the way the app stores them (src/stores/storage/keydeck-db.ts). */
export function seedStudy(
  page: Page,
  data: { states: readonly unknown[]; logs: readonly unknown[] },
): Promise<void> {
  return inKeyDeckDb(
    page,
    async (db, idb, records) => {
      const tx = db.transaction(['cardStates', 'reviewLog'], 'readwrite')
      for (const state of records.states) tx.objectStore('cardStates').put(state)
      for (const log of records.logs) tx.objectStore('reviewLog').put(log)
      await idb.committed(tx)
    },
    data,
  )
}

export function studyScreen(page: Page) {
  const question = page.getByRole('article').locator('#review-question + *')
  return {
    question,
    showAnswer: page.getByRole('button', { name: /Show answer/ }),
    count: (kind: 'new' | 'learning' | 'review') => page.getByTestId(`count-${kind}`),
    async currentQuestion(): Promise<string> {
      await expect(question).toBeVisible()
      return (await question.textContent()) ?? ''
    },
    /** Reveal with Space and answer with a number key, like a learner at the keyboard. */
    async answerWithKeys(grade: 1 | 2 | 3 | 4) {
      const before = await this.currentQuestion()
      await page.keyboard.press('Space')
      await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible()
      await page.keyboard.press(String(grade))
      await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeHidden()
      return before
    },
  }
}

export async function openStudy(page: Page) {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Study', level: 1 })).toBeVisible()
}

/** Sets the new cards per day on the settings screen, waits until it is saved, back to study. */
export async function setNewPerDay(page: Page, count: number) {
  await page.goto('/settings')
  await page.getByLabel('New cards per day').fill(String(count))
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Saved.')).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study' }).click()
}
