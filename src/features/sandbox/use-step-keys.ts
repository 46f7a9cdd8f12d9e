import { useEffect } from 'react'

/** Typing in a field, or a key with a modifier, is never a step command. */
function isForTheField(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true
  const target = event.target
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [role="dialog"], [role="slider"]') !== null
  )
}

/**
 * → and ← step through a scenario, as a presentation clicker or a slide deck does; elsewhere on
 * the page (a field, a dialog) the keys keep their own meaning. Off (`enabled` false) in
 * presenter mode, whose frame has keys of its own (`usePresenterKeys`).
 */
export function useStepKeys(onNext: () => void, onBack: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isForTheField(event)) return
      if (event.key === 'ArrowRight') onNext()
      else if (event.key === 'ArrowLeft') onBack()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onNext, onBack, enabled])
}
