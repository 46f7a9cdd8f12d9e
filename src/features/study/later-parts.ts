/**
 * Parts of the study screen that the first card does not need: the end screen (with custom
 * study), the shortcuts dialog and the notices after an action. They load after the first card
 * is on screen (`preloadLaterParts`), keeping the first screen within its 100 KB budget.
 */
import type { ComponentProps } from 'react'
import { retryableLazy } from '@/components/retryable-lazy.ts'
import type * as EndScreenModule from './end-screen.tsx'
import type * as ShortcutsDialogModule from './shortcuts-dialog.tsx'
import type * as NoticeModule from './study-notice-view.tsx'

const endScreen = () => import('./end-screen.tsx')
const shortcutsDialog = () => import('./shortcuts-dialog.tsx')
const noticeView = () => import('./study-notice-view.tsx')

export const EndScreen = retryableLazy<ComponentProps<typeof EndScreenModule.EndScreen>>(() =>
  endScreen().then((m) => ({ default: m.EndScreen })),
)
export const ShortcutsDialog = retryableLazy<
  ComponentProps<typeof ShortcutsDialogModule.ShortcutsDialog>
>(() => shortcutsDialog().then((m) => ({ default: m.ShortcutsDialog })))
export const StudyNoticeView = retryableLazy<ComponentProps<typeof NoticeModule.StudyNoticeView>>(
  () => noticeView().then((m) => ({ default: m.StudyNoticeView })),
)

/** Starts loading them; call once the first card shows. */
export function preloadLaterParts(): void {
  void Promise.all([endScreen(), shortcutsDialog(), noticeView()]).catch(() => undefined)
}
