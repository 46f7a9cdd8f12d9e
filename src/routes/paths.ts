/**
 * The one route table. Every in-app URL is built here, by a typed function, and every route the
 * app matches is a pattern here: screens never write a path as a string, so renaming a route is
 * one edit, and a link cannot point at a screen that does not exist. `route-literals.test.ts`
 * fails on a route written anywhere else.
 *
 * Deep links are a contract (cards link to sandbox scenarios; teachers put links on slides):
 * change a pattern only with a redirect from the old one.
 */
import type { CardId } from '@/core/deck/card.ts'
import type { SandboxScenario } from '@/core/deck/sandbox-scenarios.ts'
import type { CardQuery } from '@/core/deck/search-cards.ts'

/** The patterns `src/app/app-routes.tsx` matches (wouter syntax: `:name` is a parameter). */
export const ROUTES = {
  study: '/',
  /** An old address of the study screen, redirected to `study`. */
  studyAlias: '/study',
  browse: '/browse',
  browseCard: '/browse/:cardId',
  stats: '/stats',
  settings: '/settings',
  sandbox: '/sandbox',
  /** One key of the sandbox account: its metadata, state, aliases and tags. */
  sandboxKey: '/sandbox/keys/:keyId',
  /** The AWS CLI panel; matched before `sandboxScenario`, which would take `cli` as a name. */
  sandboxCli: '/sandbox/cli',
  /**
   * The envelope encryption walkthrough: the `envelope` scenario's own screen, matched before
   * `sandboxScenario` (whose pattern it also fits), so `paths.sandbox.scenario('envelope')` opens it.
   */
  sandboxEnvelope: '/sandbox/envelope',
  /** File encryption with envelope encryption; matched before `sandboxScenario` too. */
  sandboxFiles: '/sandbox/files',
  sandboxScenario: '/sandbox/:scenario',
  /**
   * Classroom (issue 14). Everything under `/present` is presenter mode: full screen, no app
   * chrome, no personal notices, and nothing in it touches the presenter's study progress.
   * A tag set or a search (`?tag=…&q=…`, as `browseSearch` writes it). Their links are
   * built in `classroom-paths.ts`, outside the app's entry., one item at a time.
   */
  presentCards: '/present/cards',
  /** One card in presenter mode. */
  presentCard: '/present/cards/:cardId',
  /** A quiz presented to a room (the room answers by show of hands), `?seed=…` as `quizSearch`. */
  presentQuiz: '/present/quiz',
  /** A guided sandbox scenario, or the envelope walkthrough, in presenter mode. */
  presentSandbox: '/present/sandbox/:scenario',
  /** A quiz played alone, `?seed=…` as `quizSearch` writes it. */
  quiz: '/quiz',
  /** A printable handout of a tag set or a search (`?tag=…&q=…`). */
  handout: '/handout',
} as const

/** The first segment of every presenter-mode route. */
export const PRESENT_PREFIX = '/present'

/** Whether `path` (relative to the router's base) is a presenter-mode screen. */
export function isPresenterPath(path: string): boolean {
  return path === PRESENT_PREFIX || path.startsWith(`${PRESENT_PREFIX}/`)
}

/**
 * The classroom's patterns, in matching order. The app loads their screens as one module that
 * picks among them (src/app/classroom-screens.tsx), so they add nothing to the first card.
 */
export const CLASSROOM_ROUTES = [
  ROUTES.presentCards,
  ROUTES.presentCard,
  ROUTES.presentQuiz,
  ROUTES.presentSandbox,
  ROUTES.quiz,
  ROUTES.handout,
] as const

export type ClassroomRoute = (typeof CLASSROOM_ROUTES)[number]

/**
 * The sandbox's patterns, in matching order (the CLI, envelope and files routes before the
 * scenario pattern, which they also fit). The app loads the sandbox's screens as one module that
 * picks among them (src/app/sandbox-screens.tsx).
 */
export const SANDBOX_ROUTES = [
  ROUTES.sandbox,
  ROUTES.sandboxKey,
  ROUTES.sandboxCli,
  ROUTES.sandboxEnvelope,
  ROUTES.sandboxFiles,
  ROUTES.sandboxScenario,
] as const

export type SandboxRoute = (typeof SANDBOX_ROUTES)[number]

/**
 * The parameters of `ROUTES.browseCard`, `ROUTES.sandboxScenario` and `ROUTES.sandboxKey`, as
 * wouter passes them.
 */
export interface BrowseCardParams {
  readonly cardId?: string
}
export interface SandboxScenarioParams {
  readonly scenario?: string
}
export interface SandboxKeyParams {
  readonly keyId?: string
}

export interface PresentCardParams {
  readonly cardId?: string
}
export interface PresentSandboxParams {
  readonly scenario?: string
}

/** An in-app URL: what `paths` builds, and what links (`TextLink`, `NavLink`) take. */
export type AppPath = `/${string}`

const NO_QUERY: CardQuery = { text: '', tags: [] }

/**
 * The card browser's search as a query string (`?q=rotation&tag=aliases`), empty when there is
 * no search, so a search can be shared, bookmarked or projected, and Back restores it.
 */
export function browseSearch(query: CardQuery = NO_QUERY): string {
  const params = new URLSearchParams()
  if (query.text) params.set('q', query.text)
  for (const tag of query.tags) params.append('tag', tag)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The inverse of `browseSearch`: the search a URL's query string holds. */
export function browseQueryOf(search: string): CardQuery {
  const params = new URLSearchParams(search)
  return { text: params.get('q') ?? '', tags: params.getAll('tag') }
}

export const paths = {
  study: (): AppPath => ROUTES.study,
  browse: {
    /** The card list, with a search when given. */
    list: (query?: CardQuery): AppPath => `${ROUTES.browse}${browseSearch(query)}`,
    /** One card, keeping the search the list had, so Previous and Next walk the same results. */
    card: (id: CardId, query?: CardQuery): AppPath =>
      `${ROUTES.browse}/${encodeURIComponent(id)}${browseSearch(query)}`,
    /** The cards an Anki-style search finds (`is:suspended`, `flag:1 tag:rotation`). */
    search: (text: string): AppPath => paths.browse.list({ text, tags: [] }),
    /** Every card with one tag. */
    tag: (tag: string): AppPath => paths.browse.list({ text: '', tags: [tag] }),
  },
  stats: (): AppPath => ROUTES.stats,
  settings: {
    page: (): AppPath => ROUTES.settings,
    /** The backup section of the settings screen (the backup reminder links here). */
    backup: (): AppPath => `${ROUTES.settings}#backup`,
  },
  sandbox: {
    home: (): AppPath => ROUTES.sandbox,
    /** The terminal where `aws kms …` runs against the sandbox account. */
    cli: (): AppPath => ROUTES.sandboxCli,
    envelope: (): AppPath => ROUTES.sandboxEnvelope,
    files: (): AppPath => ROUTES.sandboxFiles,
    scenario: (name: SandboxScenario): AppPath => `${ROUTES.sandbox}/${name}`,
    /** A key's page, by key id (not alias: an alias can move to another key). */
    key: (keyId: string): AppPath => `${ROUTES.sandbox}/keys/${encodeURIComponent(keyId)}`,
  },
} as const
