/**
 * One visit for each pattern of the app's route table (`ROUTES` in src/routes/paths.ts), and one
 * to an address no pattern matches: the pages that per-route checks (axe in both colour schemes,
 * requests to other origins) open. `routeVisits()` reads the pattern names from the table itself,
 * so a route added there without a visit here fails those checks instead of going unchecked.
 */
import type { Locator, Page } from '@playwright/test'
import { ROUTES } from '../src/routes/paths.ts'
import { expect, shippedDeck } from './fixtures.ts'
import { createKey } from './sandbox-helpers.ts'

/** A pattern of the route table, or `notFound`: the page of an address none matches. */
export type RouteName = keyof typeof ROUTES | 'notFound'

export interface RouteVisit {
  readonly path: string
  /** What shows once the screen has its content (not a loading line): checks wait for it. */
  readonly ready: (page: Page) => Locator
  /** Where the app leaves the visitor, when the route redirects. */
  readonly landsOn?: string
  /**
   * For a page that shows something a learner makes first (a key's page): gets there as a
   * learner would, from a fresh app, instead of opening `path`, which then only shows the shape
   * of the address; the page must end on the route.
   */
  readonly arrive?: (page: Page) => Promise<void>
}

// A card with an AWS update note: the open card shows its most elaborate back.
const cardWithUpdate =
  shippedDeck.cards.find((c) => c.updated && c.sandboxScenario) ?? shippedDeck.cards[0]!

/** The key page of a key just created in the sandbox, opened from the key list. */
async function arriveAtKeyPage(page: Page) {
  await page.goto('/sandbox')
  await createKey(page, 'Route visit', 'alias/route-visit')
  await page.getByRole('link', { name: 'alias/route-visit' }).click()
}

const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name }).first()
// Presenter mode: the card's question, loaded (no "Loading the question…" status in it).
const presentedQuestion = (page: Page) =>
  page.getByRole('region', { name: 'Question' }).filter({ hasNot: page.getByRole('status') })
const showAnswer = (page: Page) => page.getByRole('button', { name: /Show answer/ })

// A Record over every name: `tsc -b` rejects a route of the table without a visit here.
const VISITS: Record<RouteName, RouteVisit> = {
  study: { path: '/', ready: showAnswer },
  studyAlias: { path: '/study', ready: showAnswer, landsOn: '/' },
  browse: { path: '/browse', ready: (page) => page.getByRole('list', { name: 'Cards' }) },
  browseCard: { path: `/browse/${cardWithUpdate.id}`, ready: heading(/Changed at AWS/) },
  stats: { path: '/stats', ready: (page) => page.getByText('Study a few cards') },
  settings: { path: '/settings', ready: heading('Study settings') },
  sandbox: { path: '/sandbox', ready: heading('Create a key') },
  sandboxKey: {
    path: '/sandbox/keys/1234abcd-12ab-34cd-56ef-1234567890ab',
    arrive: arriveAtKeyPage,
    ready: heading('Key state'),
  },
  sandboxCli: { path: '/sandbox/cli', ready: (page) => page.getByLabel('Command') },
  sandboxEnvelope: { path: '/sandbox/envelope', ready: heading(/Envelope encryption/) },
  sandboxFiles: { path: '/sandbox/files', ready: (page) => page.getByLabel('File to encrypt') },
  // The guide above the console has set the account up for the scenario.
  sandboxScenario: { path: '/sandbox/rotation', ready: heading('Set up for you') },
  // Classroom (issue 14): each helper's screen replaces its placeholder heading here.
  presentCards: { path: '/present/cards?tag=rotation', ready: presentedQuestion },
  presentCard: { path: `/present/cards/${cardWithUpdate.id}`, ready: presentedQuestion },
  presentQuiz: { path: '/present/quiz?seed=k3x9', ready: heading('Quiz k3x9') },
  presentSandbox: { path: '/present/sandbox/envelope', ready: heading(/^Step 1 of \d+:/) },
  quiz: { path: '/quiz?seed=k3x9', ready: heading('Question 1 of 10') },
  handout: {
    path: '/handout?tag=rotation',
    ready: (page) => page.getByRole('list', { name: 'Handout cards' }),
  },
  notFound: { path: '/nowhere', ready: heading('Page not found') },
}

/** Whether wouter's `pattern` matches `path`: one non-empty segment per `:parameter`. */
export function matchesPattern(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean)
  const got = new URL(path, 'http://app').pathname.split('/').filter(Boolean)
  return (
    want.length === got.length && want.every((part, i) => part.startsWith(':') || part === got[i])
  )
}

/**
 * Every route of the table in its order, then `notFound`, each with its visit, or `undefined`
 * where this file has none (Playwright runs specs without type-checking them, so a missing
 * visit must fail at run time too).
 */
export function routeVisits(): { name: RouteName; visit: RouteVisit | undefined }[] {
  const names = [...(Object.keys(ROUTES) as (keyof typeof ROUTES)[]), 'notFound' as const]
  return names.map((name) => ({ name, visit: (VISITS as Partial<typeof VISITS>)[name] }))
}

/**
 * Opens the visit's page and waits for its content; first checks the visit is the route it
 * claims, so a visit cannot drift to another screen and leave its own unchecked.
 */
export async function openRoute(page: Page, name: RouteName, visit: RouteVisit | undefined) {
  if (!visit) throw new Error(`route "${name}" has no visit in e2e/route-visits.ts`)
  const patterns = Object.entries(ROUTES).filter(([, pattern]) =>
    matchesPattern(pattern, visit.path),
  )
  if (name === 'notFound' ? patterns.length > 0 : !patterns.some(([n]) => n === name))
    throw new Error(`the visit of "${name}" (${visit.path}) is not that route`)
  if (visit.arrive) await visit.arrive(page)
  else await page.goto(visit.path)
  await expect(visit.ready(page)).toBeVisible()
  if (visit.arrive && !matchesPattern(ROUTES[name as keyof typeof ROUTES], page.url()))
    throw new Error(`the visit of "${name}" arrived at ${page.url()}, not that route`)
  if (visit.landsOn) expect(new URL(page.url()).pathname).toBe(visit.landsOn)
}
