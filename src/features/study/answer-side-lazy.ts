import type { ComponentProps } from 'react'
import { retryableLazy } from '@/components/retryable-lazy.ts'
import type { AnswerButtons as Buttons } from './answer-buttons.tsx'
import type { AnswerSection as Section } from './answer-section.tsx'
import type { StudyNoticeView as Notice } from './study-notice-view.tsx'

const load = () => import('./answer-side.ts')

/** Starts loading the answer side, so it is there by the time the learner reveals the answer. */
export function preloadAnswerSide(): void {
  // A failure here is shown (with Retry) when the answer is revealed, by the lazy parts below.
  // The learner's notes are read with it, so a note shows with the answer, not after it.
  load()
    .then((side) => side.loadCardNotes())
    .catch(() => undefined)
}

export const AnswerSection = retryableLazy<ComponentProps<typeof Section>>(() =>
  load().then((m) => ({ default: m.AnswerSection })),
)
export const AnswerButtons = retryableLazy<ComponentProps<typeof Buttons>>(() =>
  load().then((m) => ({ default: m.AnswerButtons })),
)
export const StudyNoticeView = retryableLazy<ComponentProps<typeof Notice>>(() =>
  load().then((m) => ({ default: m.StudyNoticeView })),
)
