import { useEffect, useMemo } from 'react'
import type { CardId } from '@/core/deck/card.ts'
import { richTextToPlainText } from '@/core/deck/rich-text.ts'
import {
  loadDeckDetails,
  loadFrontsOf,
  useDeckDetails,
  useLoadedFronts,
} from '@/stores/deck-store.ts'

export interface ScenarioCard {
  readonly id: CardId
  /** The card's question as plain text, or undefined while its topic loads. */
  readonly question: string | undefined
}

/** The cards whose `try:` names this scenario, with their questions once loaded. */
export function useScenarioCards(scenario: string): readonly ScenarioCard[] | undefined {
  const details = useDeckDetails()
  const fronts = useLoadedFronts()
  useEffect(() => {
    void loadDeckDetails()
  }, [])
  const ids = useMemo(
    () =>
      details === undefined
        ? undefined
        : Object.keys(details).filter((id) => details[id]?.sandboxScenario === scenario),
    [details, scenario],
  )
  useEffect(() => {
    if (ids !== undefined) void loadFrontsOf(ids as CardId[])
  }, [ids])
  return ids?.map((id) => {
    const front = fronts[id]
    return {
      id: id as CardId,
      question: front === undefined ? undefined : richTextToPlainText(front),
    }
  })
}
