/**
 * Compiles `cards/*.md` at build time into two virtual modules: `virtual:deck` (every card's
 * summary, shipped with the app) and `virtual:deck-details` (backs, sources, updated notes,
 * loaded right after the first card shows). A card error fails the build with
 * `file:line: message`; the app receives plain JSON and no Markdown parser.
 */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { compileDeck } from '../src/core/deck/compile-deck.ts'
import { DeckCompileError } from '../src/core/deck/deck-error.ts'
import { splitDeck } from '../src/core/deck/split-deck.ts'
import { readCardFiles } from './read-card-files.ts'

const MODULES = { 'virtual:deck': 'summary', 'virtual:deck-details': 'details' } as const
type VirtualId = keyof typeof MODULES

export function deckPlugin(root: string): Plugin {
  const cardsDir = join(root, 'cards')
  return {
    name: 'keydeck-deck',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : ''
      if (!(name in MODULES)) return undefined
      const files = readCardFiles(cardsDir, root)
      for (const file of files) this.addWatchFile(join(root, file.path))
      const { deck, errors } = compileDeck(files)
      if (errors.length > 0) this.error(new DeckCompileError(errors).message)
      const part = splitDeck(deck)[MODULES[name as VirtualId]]
      // JSON.parse of a string literal loads faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))})`
    },
  }
}
