import { useEffect, useState } from 'react'
import type { ScenarioCardRef } from '@/core/deck/scenario-cards.ts'

/**
 * The cards whose `try:` names this scenario (id and question), once loaded; undefined until
 * then. From their own build-time module, not the deck store: importing the store from the
 * sandbox regroups the chunks the first card loads (+0.6 KB gzip; e2e/page-weight.spec.ts).
 */
export function useScenarioCards(scenario: string): readonly ScenarioCardRef[] | undefined {
  const [cards, setCards] = useState<{ scenario: string; list: readonly ScenarioCardRef[] }>()
  useEffect(() => {
    let current = true
    import('virtual:deck-scenario-cards').then(
      ({ default: all }) => {
        if (current) setCards({ scenario, list: all[scenario] ?? [] })
      },
      // Offline with a stale copy: the end still shows, without its card list.
      () => {
        if (current) setCards({ scenario, list: [] })
      },
    )
    return () => {
      current = false
    }
  }, [scenario])
  return cards?.scenario === scenario ? cards.list : undefined
}
