/**
 * Compiles every topic file of `cards/` into one {@link Deck}, with the checks that span files
 * (duplicate ids, duplicate topics) or need more than one card's text (outdated source-notes
 * lines). Pure: the caller reads the files (the Vite plugin in the build, node:fs in tests) and
 * decides what to do with the errors.
 */
import type { Card, Deck, Topic } from './card.ts'
import type { DeckError } from './deck-error.ts'
import { OUTDATED_SOURCE_NOTE_LINES } from './outdated-source-notes.ts'
import { parseCardFile, type LocatedCard } from './parse-card-file.ts'

export interface CardFile {
  /** Path as shown in messages, e.g. `cards/key-rotation.md`. */
  readonly path: string
  readonly text: string
}

export interface CompiledDeck {
  readonly deck: Deck
  readonly errors: readonly DeckError[]
  /** Where each card was written, for messages and coverage reports. */
  readonly locations: ReadonlyMap<string, { file: string; line: number }>
}

export interface CompileOptions {
  /** Source-notes lines that are no longer true, each with why; by default the shipped list. */
  readonly outdatedNoteLines?: ReadonlyMap<number, string>
}

export function compileDeck(
  files: readonly CardFile[],
  { outdatedNoteLines = OUTDATED_SOURCE_NOTE_LINES }: CompileOptions = {},
): CompiledDeck {
  const errors: DeckError[] = []
  const topics: Topic[] = []
  const cards: Card[] = []
  const locations = new Map<string, { file: string; line: number }>()
  const topicFiles = new Map<string, string>()

  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path))
  if (sorted.length === 0)
    errors.push({ file: 'cards', line: 1, message: 'no card files (*.md) found' })
  for (const file of sorted) {
    const parsed = parseCardFile(file.path, file.text)
    errors.push(...parsed.errors)
    if (parsed.topic) {
      const other = topicFiles.get(parsed.topic.slug)
      if (other)
        errors.push({
          file: file.path,
          line: 1,
          message: `topic '${parsed.topic.slug}' is also ${other}`,
        })
      topicFiles.set(parsed.topic.slug, file.path)
      topics.push(parsed.topic)
    }
    for (const located of parsed.cards) addCard(located)
  }
  return { deck: { topics, cards }, errors, locations }

  function addCard({ card, file, line }: LocatedCard) {
    const first = locations.get(card.id)
    if (first) {
      errors.push({
        file,
        line,
        message: `duplicate card id '${card.id}' (first at ${first.file}:${first.line})`,
      })
      return
    }
    locations.set(card.id, { file, line })
    cards.push(card)
    if (!card.updated) {
      for (const noteLine of card.fromNotes) {
        const why = outdatedNoteLines.get(noteLine)
        if (why === undefined) continue
        errors.push({
          file,
          line,
          message: `card '${card.id}' teaches source-notes line ${noteLine}, which is outdated (${why}); add an 'updated:' note that says what changed`,
        })
      }
    }
  }
}
