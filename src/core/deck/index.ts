/**
 * The deck's runtime surface: card types, rich-text helpers and the sandbox scenario list.
 * The compiler (`compile-deck.ts`) is imported directly by the build and tests, so the app bundle
 * never includes a Markdown parser.
 */
export type { Card, CardId, Deck, Topic, UpdatedNote } from './card.ts'
export type { Block, Inline, RichText } from './rich-text.ts'
export { inlineToPlainText, richTextToPlainText } from './rich-text.ts'
export {
  SANDBOX_SCENARIOS,
  SANDBOX_SCENARIO_NAMES,
  isSandboxScenario,
  type SandboxScenario,
} from './sandbox-scenarios.ts'
