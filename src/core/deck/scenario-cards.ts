import type { CardId, Deck } from './card.ts'
import { richTextToPlainText } from './rich-text.ts'

/** A card a sandbox scenario links back to: its id and its question as plain text. */
export interface ScenarioCardRef {
  readonly id: CardId
  readonly question: string
}

/**
 * The cards whose `try:` names each scenario, in deck order: what a guided scenario's end links
 * back to. Built at build time (`virtual:deck-scenario-cards`), so the sandbox needs no part of
 * the deck store, whose chunks the first card loads.
 */
export function scenarioCards(deck: Deck): Readonly<Record<string, readonly ScenarioCardRef[]>> {
  const byScenario: Record<string, ScenarioCardRef[]> = {}
  for (const card of deck.cards) {
    if (card.sandboxScenario === undefined) continue
    ;(byScenario[card.sandboxScenario] ??= []).push({
      id: card.id,
      question: richTextToPlainText(card.front),
    })
  }
  return byScenario
}
