// The deck compiled from cards/*.md by scripts/vite-plugin-deck.ts.
/* eslint-disable @typescript-eslint/consistent-type-imports -- a global declaration file cannot use import statements */
declare module 'virtual:deck' {
  const summary: import('./core/deck/pack-summary.ts').PackedDeckSummary
  export default summary
}
declare module 'virtual:deck-fronts' {
  type Fronts = { default: import('./core/deck/split-deck.ts').TopicFronts }
  /** A loader of each topic's questions, by topic slug. */
  export const topics: Readonly<Record<string, () => Promise<Fronts>>>
  /** Every question of the deck, in one chunk. */
  export const all: () => Promise<Fronts>
}
declare module 'virtual:deck-details' {
  const details: import('./core/deck/split-deck.ts').DeckDetails
  export default details
}
declare module 'virtual:deck-tags' {
  const tags: import('./core/deck/split-deck.ts').DeckTags
  export default tags
}
declare module 'virtual:deck-scenario-cards' {
  const cards: Readonly<
    Record<string, readonly import('./core/deck/scenario-cards.ts').ScenarioCardRef[]>
  >
  export default cards
}
