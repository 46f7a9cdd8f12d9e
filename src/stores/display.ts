/**
 * The display settings for the settings screen: what is in effect, and a change to them, saved
 * and applied at once (`storage/display-storage.ts` keeps them and puts them on <html>). A change
 * from another tab, or from a restored backup, shows here too.
 */
import { useSyncExternalStore } from 'react'
import type { DisplaySettings } from '@/core/srs/display-settings.ts'
import { applyToPage, DISPLAY_KEY, readDisplay } from './storage/display-storage.ts'

const listeners = new Set<() => void>()
let current = readDisplay()

function refresh(next: DisplaySettings = readDisplay()) {
  if (
    next.theme === current.theme &&
    next.textSize === current.textSize &&
    next.motion === current.motion
  )
    return
  current = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === DISPLAY_KEY || event.key === null) refresh()
  }
  addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    removeEventListener('storage', onStorage)
  }
}

export function useDisplay(): DisplaySettings {
  return useSyncExternalStore(subscribe, () => current)
}

/**
 * Applies the display settings (all, or a change to some) in this tab and keeps them; other tabs
 * follow by their storage event. When the browser refuses to store them (storage off), they
 * last until the page closes.
 */
export function setDisplay(change: Partial<DisplaySettings>): void {
  const next = { ...current, ...change }
  applyToPage(next)
  try {
    localStorage.setItem(DISPLAY_KEY, JSON.stringify(next))
  } catch {
    // Shown as chosen all the same, for this page.
  }
  refresh(next)
}

/** The settings in effect, for a backup. */
export function displayNow(): DisplaySettings {
  return current
}
