/**
 * The deck as the quiz generator reads it (`QuizDeck`: every card's id, topic, tags, front and
 * back, in deck order), assembled from the parts the app loads separately (src/stores/deck-store.ts):
 * the summaries it ships with, and every front, the tags and the details, which the quiz screens
 * load only on their own routes, so the study screen's first card pays nothing for them.
 */
import type { QuizDeck } from '@/core/quiz/index.ts'
import type { DeckDetails, DeckSummary, DeckTags, TopicFronts } from '@/core/deck/split-deck.ts'
import {
  getDeckSummary,
  loadAllFronts,
  loadDeckDetails,
  loadDeckTags,
  useDeckStore,
} from './deck-store.ts'

/**
 * The cards in the summary's order (the deck's: a seed means the same quiz only over the same
 * order). A card whose part is missing is left out rather than asked without its answer.
 */
export function assembleQuizDeck(
  summary: DeckSummary,
  fronts: TopicFronts,
  tags: DeckTags,
  details: DeckDetails,
): QuizDeck {
  const cards = summary.cards.flatMap(({ id, topic }) => {
    const front = fronts[id]
    const back = details[id]?.back
    const cardTags = tags[id]
    return front && back && cardTags ? [{ id, topic, front, back, tags: cardTags }] : []
  })
  return { cards }
}

/** Loads every front, the tags and the details (each once), then the assembled deck. */
export async function loadQuizDeck(): Promise<QuizDeck> {
  await Promise.all([loadAllFronts(), loadDeckTags(), loadDeckDetails()])
  const { fronts, tags, details, loadError } = useDeckStore.getState()
  if (!tags || !details) throw new Error(loadError ?? 'The deck did not load.')
  return assembleQuizDeck(getDeckSummary(), fronts, tags, details)
}
