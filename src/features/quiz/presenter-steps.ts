/**
 * Where a presented quiz stands. The presenter walks one line of steps: question 1, its answer,
 * question 2, its answer, …, the summary; so "next" is always one key (reveal, then next) and
 * "back" retraces it. Step `2i` is question i asked, `2i + 1` its answer shown, `2n` the summary.
 */
export type PresenterStep =
  | { readonly kind: 'question'; readonly index: number; readonly revealed: boolean }
  | { readonly kind: 'summary' }

export function presenterStep(step: number, questions: number): PresenterStep {
  if (step >= 2 * questions) return { kind: 'summary' }
  return { kind: 'question', index: Math.floor(step / 2), revealed: step % 2 === 1 }
}

export type PresenterMove = 'next' | 'back' | 'first' | 'last'

/** The step a move leads to, within the first question and the summary. */
export function movePresenter(step: number, move: PresenterMove, questions: number): number {
  const summary = 2 * questions
  switch (move) {
    case 'next':
      return Math.min(step + 1, summary)
    case 'back':
      return Math.max(step - 1, 0)
    case 'first':
      return 0
    case 'last':
      return summary
  }
}
