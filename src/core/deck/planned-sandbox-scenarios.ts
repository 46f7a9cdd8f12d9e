/**
 * Sandbox scenarios that are planned but not available: the simulator (src/core/kms) cannot show
 * them yet. A card's `try:` may not name one (the compiler says so, with the card's file and line),
 * so no card links to a screen that cannot demonstrate its fact (issue 15, item 8).
 *
 * Each entry lists the cards that get `try: <name>` back once the scenario moves to
 * SANDBOX_SCENARIOS (sandbox-scenarios.ts); a name is never in both lists.
 */
export interface PlannedSandboxScenario {
  readonly title: string
  /** Card ids that link here once the scenario is available. */
  readonly cards: readonly string[]
}

export const PLANNED_SANDBOX_SCENARIOS: Readonly<Record<string, PlannedSandboxScenario>> = {}

export function isPlannedSandboxScenario(name: string): boolean {
  return Object.hasOwn(PLANNED_SANDBOX_SCENARIOS, name)
}
