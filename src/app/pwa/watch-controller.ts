/**
 * Hears, from the page's start, when a newer service worker takes control of this page: the
 * version another tab accepted. The update code (start-pwa.ts) starts only after the first
 * screen, seconds later in a tab without a card, and a tab in the background can be later still;
 * workbox-window reports a takeover ('controlling') only for the worker it saw installing, so a
 * tab whose update code started while the new worker was installing never offered the version
 * now running (pwa-update.spec.ts failed so, twice in four full runs on the phone project; the
 * order is not reproduced on demand). Listening to the browser's own event from the page's start
 * hears every takeover, whenever the update code starts. A page that loaded without a controller
 * (the first visit) is not updated when the first worker claims it.
 *
 * The offer is made here, in the shell's own code, not by the update code: once a newer version
 * has taken over, this version's lazily loaded files are gone from the offline copy and from the
 * server, so a tab whose update code had not loaded yet could never load it (its start-pwa chunk
 * answered 404 in pwa-update.spec.ts, and no prompt showed).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerContainer/controllerchange_event
 */
import { appInstallStore } from '@/stores/app-install.ts'

export type OnControllerChange = (listener: () => void) => void

export function watchControllerChange(): OnControllerChange {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined
  let changed = false
  const listeners: (() => void)[] = []
  if (container?.controller) {
    container.addEventListener('controllerchange', () => {
      changed = true
      appInstallStore.setState({ updateReady: true })
      for (const listener of listeners) listener()
    })
  }
  // A listener that comes late hears of a change that already happened.
  return (listener) => {
    listeners.push(listener)
    if (changed) listener()
  }
}
