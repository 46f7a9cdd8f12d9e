/**
 * The study data for the card browser, loaded with `import()` by `use-search-progress.ts`: it
 * reads the one study store of the tab (starting it if no screen did) and passes on what a
 * search needs each time the card states change.
 */
import { localUtcOffset } from '@/stores/local-time.ts'
import { startStudy, studyStore } from '@/stores/study.ts'
import type { StudyState } from '@/stores/study-store.ts'
import type { ProgressView } from './use-search-progress.ts'

function viewOf(state: StudyState): ProgressView {
  if (state.status === 'failed') return { status: 'failed', problem: state.problem }
  if (state.status !== 'ready') return { status: 'loading' }
  return {
    status: 'ready',
    progress: {
      states: state.states,
      clock: {
        now: Date.now(),
        dayStartHour: state.settings.dayStartHour,
        utcOffsetMinutes: localUtcOffset,
      },
    },
  }
}

export function watchProgress(publish: (view: ProgressView) => void): () => void {
  let last: StudyState | undefined
  const send = (state: StudyState) => {
    const same =
      last !== undefined &&
      last.status === state.status &&
      last.states === state.states &&
      last.settings === state.settings
    if (same) return
    last = state
    publish(viewOf(state))
  }
  send(studyStore.getState())
  const stop = studyStore.subscribe(send)
  void startStudy()
  return stop
}
