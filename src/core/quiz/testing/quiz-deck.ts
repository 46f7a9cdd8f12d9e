/** Small hand-made decks for the generator's tests: every card's back is one paragraph. */
import type { Card, CardId, Deck } from '../../deck/index.ts'

export interface CardSketch {
  readonly id: string
  readonly tags: readonly string[]
  readonly back: string
  readonly topic?: string
}

export function quizDeck(sketches: readonly CardSketch[]): Deck {
  const cards: Card[] = sketches.map(({ id, tags, back, topic = 'basics' }) => ({
    id: id as CardId,
    topic,
    tags,
    front: [{ t: 'p', c: [`Question of ${id}?`] }],
    back: [{ t: 'p', c: [back] }],
    sources: [],
    fromNotes: [],
  }))
  return { topics: [{ slug: 'basics', title: 'Basics' }], cards }
}
