import { useEffect, useRef } from 'react'

/** What the presenter's keys do; the screen decides what "forward" means (reveal, then next). */
export interface PresenterKeyActions {
  readonly forward: () => void
  readonly back: () => void
  readonly first?: () => void
  readonly last?: () => void
  readonly exit?: () => void
  /** Blanks or unblanks the screen ("b" or "."). */
  readonly blank?: () => void
}

export type PresenterCommand = keyof PresenterKeyActions

/**
 * The keys of presenter mode (issue 14): a slide deck's, and what presentation clickers send.
 * Clickers send PageDown/PageUp; some send "b" or "." to blank the screen (PowerPoint's keys).
 * @see https://support.microsoft.com/en-us/office/use-keyboard-shortcuts-to-deliver-powerpoint-presentations-1524ffce-bd2a-45f4-9a7f-f18b992b93a0
 */
const COMMANDS: Readonly<Record<string, PresenterCommand>> = {
  ' ': 'forward',
  ArrowRight: 'forward',
  ArrowDown: 'forward',
  PageDown: 'forward',
  Enter: 'forward',
  ArrowLeft: 'back',
  ArrowUp: 'back',
  PageUp: 'back',
  Backspace: 'back',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
}

/** Keys a focused button, link or summary answers itself: pressing one there is pressing it. */
const ACTIVATION_KEYS = new Set([' ', 'Enter'])

/**
 * The command a key press is, or undefined where the key keeps its own meaning: with a modifier
 * (Ctrl+Home, Alt+←), in a text field, a list box or a dialog, and Space or Enter on a focused
 * control (they press it).
 */
export function presenterCommandOf(event: KeyboardEvent): PresenterCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined
  const command = COMMANDS[event.key]
  if (command === undefined) return undefined
  const target = event.target
  if (target instanceof HTMLElement) {
    if (
      target.isContentEditable ||
      target.closest('input, textarea, select, [role="dialog"], [role="slider"], dialog') !== null
    )
      return undefined
    if (
      ACTIVATION_KEYS.has(event.key) &&
      target.closest('button, a[href], summary, [role="button"], [role="link"]') !== null
    )
      return undefined
  }
  return command
}

/**
 * Listens for the presenter's keys on the whole window while the screen is shown. The actions
 * may change on every render (the latest are called); a key the screen has no action for keeps
 * its own meaning.
 */
export function usePresenterKeys(actions: PresenterKeyActions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const command = presenterCommandOf(event)
      const action = command && latest.current[command]
      if (action === undefined) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
