/**
 * The typed shape of a flashcard after the deck compiler has parsed `cards/*.md`.
 * Everything here is JSON-safe: the deck ships to the browser as a compiled JSON module.
 */
import type { RichText, Inline } from './rich-text.ts'
import type { SandboxScenario } from './sandbox-scenarios.ts'

/** A card's stable id, written by hand in its file; review history is keyed by it. */
export type CardId = string & { readonly __brand: 'CardId' }

/** What changed at AWS since the user's source notes, and when. */
export interface UpdatedNote {
  /** ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: when AWS made the change. */
  readonly date: string
  readonly text: readonly Inline[]
}

export interface Card {
  readonly id: CardId
  /** Slug of the topic file (`key-rotation` for `cards/key-rotation.md`). */
  readonly topic: string
  readonly tags: readonly string[]
  readonly front: RichText
  readonly back: RichText
  readonly updated?: UpdatedNote
  /** AWS documentation the card was checked against. */
  readonly sources: readonly string[]
  /** The sandbox scenario that lets the learner try the card's fact (its `try:` field). */
  readonly sandboxScenario?: SandboxScenario
  /** Lines of `cards/source-notes.txt` this card teaches. */
  readonly fromNotes: readonly number[]
}

export interface Topic {
  readonly slug: string
  readonly title: string
}

export interface Deck {
  readonly topics: readonly Topic[]
  readonly cards: readonly Card[]
}
