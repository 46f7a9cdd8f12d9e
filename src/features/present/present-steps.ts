/**
 * Where a card presentation stands: which card, and whether its answer shows. Forward reveals the
 * answer, then goes on to the next card's question; back undoes forward, step for step, so a
 * clicker's two buttons walk the same path both ways.
 */
export interface PresentAt {
  readonly index: number
  readonly revealed: boolean
}

export const START: PresentAt = { index: 0, revealed: false }

export function forward(at: PresentAt, total: number): PresentAt {
  if (!at.revealed) return { index: at.index, revealed: true }
  return at.index < total - 1 ? { index: at.index + 1, revealed: false } : at
}

export function back(at: PresentAt): PresentAt {
  if (at.revealed) return { index: at.index, revealed: false }
  return at.index > 0 ? { index: at.index - 1, revealed: true } : at
}

/** End: the last card's question. */
export function last(total: number): PresentAt {
  return { index: Math.max(0, total - 1), revealed: false }
}

export function isEnd(at: PresentAt, total: number): boolean {
  return at.revealed && at.index >= total - 1
}
