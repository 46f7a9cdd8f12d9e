import { useMemo } from 'react'
import { localUtcOffset } from '@/stores/local-time.ts'
import { getDeckSummary } from '@/stores/deck-store.ts'
import { useStudyStore } from '@/stores/study.ts'
import { statsView, type StatsView } from './stats-view.ts'

const cardIds = getDeckSummary().cards.map((c) => c.id)
const currentTime = () => Date.now()

/**
 * The statistics of the loaded study data, recomputed only when it changes (an answer in another
 * tab reloads the store). The clock is read then too, so the page follows the day it was opened.
 */
export function useStatsView(): StatsView {
  const states = useStudyStore((s) => s.states)
  const logs = useStudyStore((s) => s.logs)
  const settings = useStudyStore((s) => s.settings)
  return useMemo(
    () =>
      statsView({
        cardIds,
        states,
        logs,
        settings,
        now: currentTime(),
        utcOffsetMinutes: localUtcOffset,
      }),
    [states, logs, settings],
  )
}
