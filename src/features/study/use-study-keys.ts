import { useEffect } from 'react'
import type { Grade } from '@/core/srs/first-screen.ts'

export interface StudyKeyActions {
  readonly revealed: boolean
  readonly reveal: () => void
  readonly grade: (grade: Grade) => void
  readonly undo: () => void
  readonly bury: () => void
  readonly suspend: () => void
  /** Opens the learner's note on the card (Anki's edit). */
  readonly editNote: () => void
  readonly toggleHelp: () => void
}

/**
 * Anki's review keys: Space or Enter reveals, then answers Good; 1–4 answer; U or Ctrl+Z undo;
 * `-` buries; `@` suspends; E edits the learner's note on the card; `?` lists the shortcuts. Keys typed into a field, and Space or Enter
 * on a control that they would activate, are left alone.
 * @see https://docs.ankiweb.net/studying.html#keyboard-shortcuts
 */
export function useStudyKeys(actions: StudyKeyActions, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || event.defaultPrevented) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return
      // Space activates a focused button and Enter a focused button or link: leave those alone.
      const key = event.key
      const onControl =
        target?.closest(
          key === ' ' ? 'button, summary, [role="button"]' : 'button, a, summary, [role="button"]',
        ) != null
      const handled = (() => {
        if (event.ctrlKey) {
          if (key === 'z' || key === 'Z') return (actions.undo(), true)
          return false
        }
        if ((key === ' ' || key === 'Enter') && !onControl) {
          if (actions.revealed) actions.grade(3)
          else actions.reveal()
          return true
        }
        if (key >= '1' && key <= '4') {
          if (!actions.revealed) return false
          actions.grade(Number(key) as Grade)
          return true
        }
        if (key === 'u' || key === 'U') return (actions.undo(), true)
        if (key === '-') return (actions.bury(), true)
        if (key === '@') return (actions.suspend(), true)
        if (key === 'e' || key === 'E') return (actions.editNote(), true)
        if (key === '?') return (actions.toggleHelp(), true)
        return false
      })()
      if (handled) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, enabled])
}
