/**
 * Compiles `cards/*.md` at build time into virtual modules (see src/core/deck/split-deck.ts):
 * - `virtual:deck`: every card's summary, shipped with the app, packed (src/core/deck/pack-summary.ts);
 * - `virtual:deck-fronts`: one loader per topic, each `import()`ing `virtual:deck-fronts/<topic>`,
 *   that topic's questions, a chunk of its own; and `all`, every question in one chunk, for the
 *   card browser (one file is smaller than all the topics' files);
 * - `virtual:deck-tags`: every card's tags, loaded right after the first card;
 * - `virtual:deck-details`: backs, sources, updated notes, loaded right after the first card;
 * - `virtual:deck-scenario-cards`: the cards each sandbox scenario links back to (id, question),
 *   for the sandbox alone.
 * A card error fails the build with `file:line: message`; the app receives plain JSON and no
 * Markdown parser.
 */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { compileDeck } from '../src/core/deck/compile-deck.ts'
import { DeckCompileError } from '../src/core/deck/deck-error.ts'
import { packSummary } from '../src/core/deck/pack-summary.ts'
import { scenarioCards } from '../src/core/deck/scenario-cards.ts'
import { splitDeck } from '../src/core/deck/split-deck.ts'
import { readCardFiles } from './read-card-files.ts'

const SUMMARY = 'virtual:deck'
const DETAILS = 'virtual:deck-details'
const TAGS = 'virtual:deck-tags'
const SCENARIO_CARDS = 'virtual:deck-scenario-cards'
const FRONTS = 'virtual:deck-fronts'
/** Not a topic slug: slugs are the names of `cards/*.md` files, never with a `*`. */
const ALL = '*all'

/** JSON.parse of a string literal loads faster than the same object literal. */
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`

export function deckPlugin(root: string): Plugin {
  const cardsDir = join(root, 'cards')
  return {
    name: 'keydeck-deck',
    resolveId(id) {
      return id === SUMMARY ||
        id === DETAILS ||
        id === TAGS ||
        id === SCENARIO_CARDS ||
        id === FRONTS ||
        id.startsWith(`${FRONTS}/`)
        ? `\0${id}`
        : undefined
    },
    load(id) {
      if (!id.startsWith('\0virtual:deck')) return undefined
      const name = id.slice(1)
      const files = readCardFiles(cardsDir, root)
      for (const file of files) this.addWatchFile(join(root, file.path))
      const { deck, errors } = compileDeck(files)
      if (errors.length > 0) this.error(new DeckCompileError(errors).message)
      const { summary, fronts, details, tags } = splitDeck(deck)
      if (name === SUMMARY) return jsonModule(packSummary(summary))
      if (name === DETAILS) return jsonModule(details)
      if (name === TAGS) return jsonModule(tags)
      if (name === SCENARIO_CARDS) return jsonModule(scenarioCards(deck))
      if (name === FRONTS) {
        const loader = (slug: string) =>
          `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(`${FRONTS}/${slug}`)}),`
        return [
          `export const topics = {\n${Object.keys(fronts).map(loader).join('\n')}\n}`,
          `export const all = () => import(${JSON.stringify(`${FRONTS}/${ALL}`)})`,
        ].join('\n')
      }
      const topic = name.slice(FRONTS.length + 1)
      if (topic === ALL) return jsonModule(Object.assign({}, ...Object.values(fronts)))
      if (!(topic in fronts)) this.error(`${name}: there is no topic ${topic}`)
      return jsonModule(fronts[topic])
    },
  }
}
