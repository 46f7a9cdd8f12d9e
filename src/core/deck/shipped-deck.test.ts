/**
 * The deck that ships: every file in cards/ parses, every card cites AWS documentation, and every
 * line of the learner's source notes is taught by at least one card, in a voice any learner or
 * class can read.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCardFiles } from '../../../scripts/read-card-files.ts'
import { compileDeck } from './compile-deck.ts'
import { formatDeckError } from './deck-error.ts'
import { PLANNED_SANDBOX_SCENARIOS } from './planned-sandbox-scenarios.ts'
import { inlineToPlainText, richTextToPlainText, type Inline, type RichText } from './rich-text.ts'

const cardsDir = fileURLToPath(new URL('../../../cards', import.meta.url))
const compiled = compileDeck(readCardFiles(cardsDir))
/** Line 1 of the notes is their title ("AWS KMS Flashcards"), not a fact. */
const TITLE_LINES = new Set([1])

describe('the shipped deck', () => {
  it('compiles without errors', () => {
    expect(compiled.errors.map(formatDeckError)).toEqual([])
  })

  it('cites at least one AWS documentation page on every card', () => {
    const uncited = compiled.deck.cards.filter((c) => c.sources.length === 0).map((c) => c.id)
    expect(uncited).toEqual([])
  })

  it('teaches every line of the source notes', () => {
    const notes = readFileSync(`${cardsDir}/source-notes.txt`, 'utf8').split('\n')
    const covered = new Set(compiled.deck.cards.flatMap((c) => c.fromNotes))
    const missing = notes
      .map((text, i) => ({ line: i + 1, text: text.trim() }))
      .filter(({ line, text }) => text !== '' && !TITLE_LINES.has(line) && !covered.has(line))
      .map(({ line, text }) => `source-notes.txt:${line}: ${text}`)
    expect(missing).toEqual([])
  })

  it('points from-notes only at lines that exist', () => {
    const count = readFileSync(`${cardsDir}/source-notes.txt`, 'utf8').split('\n').length
    const beyond = compiled.deck.cards
      .filter((c) => c.fromNotes.some((n) => n > count))
      .map((c) => c.id)
    expect(beyond).toEqual([])
  })

  // The cards that wait for a planned scenario exist, so they can get their try: link back.
  it('names only existing cards as waiting for a planned sandbox scenario', () => {
    const ids = new Set<string>(compiled.deck.cards.map((c) => c.id))
    const unknown = Object.values(PLANNED_SANDBOX_SCENARIOS)
      .flatMap((planned) => planned.cards)
      .filter((id) => !ids.has(id))
    expect(unknown).toEqual([])
  })

  // Cards cross-reference each other with card-browser links (issue 15, item 2); ids never
  // change, so such a link breaks only if its target is retired or mistyped.
  it('links only to cards that exist', () => {
    const ids = new Set<string>(compiled.deck.cards.map((c) => c.id))
    const broken = compiled.deck.cards.flatMap((card) =>
      [...linksOf(card.front), ...linksOf(card.back)]
        .map((href) => /^\/browse\/([^/?#]+)$/.exec(href)?.[1])
        .filter((id): id is string => id !== undefined && !ids.has(id))
        .map((id) => `${card.id} -> ${id}`),
    )
    expect(broken).toEqual([])
  })

  // The deck is for any learner and for classes, not only the author of the source notes: it
  // says "older study notes say…" or states what changed at AWS (issue 15, item 7).
  it('never addresses the reader as the author of the notes', () => {
    const personal = compiled.deck.cards
      .filter((card) =>
        [
          richTextToPlainText(card.front),
          richTextToPlainText(card.back),
          card.updated ? inlineToPlainText(card.updated.text) : '',
        ].some((text) => /\byour (source |study )?notes\b/i.test(text)),
      )
      .map((card) => card.id)
    expect(personal).toEqual([])
  })
})

function linksOf(blocks: RichText): string[] {
  const inline = (nodes: readonly Inline[]): string[] =>
    nodes.flatMap((node) =>
      typeof node === 'string' || node.t === 'code' || node.t === 'br'
        ? []
        : node.t === 'link'
          ? [node.href, ...inline(node.c)]
          : inline(node.c),
    )
  return blocks.flatMap((block) =>
    block.t === 'p' ? inline(block.c) : block.t === 'pre' ? [] : block.items.flatMap(linksOf),
  )
}
