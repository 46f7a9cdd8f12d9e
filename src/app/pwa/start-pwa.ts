/**
 * Starts the offline and install side of the app, after the first screen is up (main.tsx loads
 * this module lazily, so neither it nor workbox-window counts against the first card's budget):
 * registers the service worker (vite-plugin-pwa, `registerType: 'prompt'`), keeps the browser's
 * install offer, and asks for persistent storage once the app runs installed.
 * @see https://vite-pwa-org.netlify.app/guide/prompt-for-update.html
 * @see https://web.dev/articles/customize-install
 */
import { registerSW } from 'virtual:pwa-register'
import { appInstallStore, type StoragePersistence } from '@/stores/app-install.ts'
import type { OnControllerChange } from './watch-controller.ts'

/** Chromium's install offer; not in TypeScript's DOM library. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export function startPwa(onControllerChange: OnControllerChange): void {
  startServiceWorker(onControllerChange)
  keepInstallOffer()
  void readPersistence()
  const standalone = window.matchMedia('(display-mode: standalone)')
  const noteInstalled = () => {
    if (!isInstalled(standalone.matches)) return
    appInstallStore.setState({ installed: true, canInstall: false })
    void askToPersist()
  }
  noteInstalled()
  standalone.addEventListener('change', noteInstalled)
  window.addEventListener('appinstalled', () => {
    appInstallStore.setState({ installed: true, canInstall: false })
    void askToPersist()
  })
  appInstallStore.setState({ requestPersistence: askToPersist })
}

function startServiceWorker(onControllerChange: OnControllerChange): void {
  if (!('serviceWorker' in navigator)) {
    appInstallStore.setState({ offlineUnavailable: 'this browser has no service workers' })
    return
  }
  // Whether the learner of this tab accepted the update. vite-plugin-pwa reloads on its own
  // only when the page was already controlled when it loaded (workbox-window's `isUpdate`), so
  // a tab open since the first visit would never reload, and every other open tab would reload
  // by itself when one accepts. This tab reloads when, and only when, its learner said so.
  let accepted = false
  let reloading = false
  const reload = () => {
    if (reloading) return
    reloading = true
    window.location.reload()
  }
  const updateSW = registerSW({
    immediate: true,
    onOfflineReady: () => appInstallStore.setState({ offlineReady: true }),
    // A new version waits; the shell's prompt offers it when no review is on screen.
    onNeedRefresh: () => appInstallStore.setState({ updateReady: true }),
    // The new version took over (here or in another tab): reload only if this tab asked to.
    onNeedReload: () => (accepted ? reload() : appInstallStore.setState({ updateReady: true })),
    onRegisteredSW: (_url, registration) => {
      // Already installed by an earlier visit: the offline copy is there.
      if (registration?.active) appInstallStore.setState({ offlineReady: true })
    },
    onRegisterError: (error: unknown) =>
      appInstallStore.setState({ offlineUnavailable: `registration failed: ${String(error)}` }),
  })
  const applyUpdate = async () => {
    accepted = true
    const registration = await navigator.serviceWorker.getRegistration()
    // Another tab already activated it: this tab only needs to load it.
    if (!registration?.waiting) return reload()
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true })
    await updateSW(true)
  }
  appInstallStore.setState({ applyUpdate: () => void applyUpdate() })
  // A newer version took over, maybe before this code ran: reload if this tab asked to (the
  // offer itself was made by watch-controller.ts, which needs none of this code).
  onControllerChange(() => {
    if (accepted) reload()
  })
}

function keepInstallOffer(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the offer for Settings' Install button instead of the browser's own mini bar.
    event.preventDefault()
    const offer = event as BeforeInstallPromptEvent
    appInstallStore.setState({
      canInstall: true,
      install: async () => {
        await offer.prompt()
        const { outcome } = await offer.userChoice
        // An offer can be shown once; Chromium fires a new one later if it still applies.
        appInstallStore.setState({ canInstall: false })
        return outcome === 'accepted'
      },
    })
  })
}

/** iOS home-screen apps report themselves through `navigator.standalone`, not display-mode. */
function isInstalled(displayModeStandalone: boolean): boolean {
  return displayModeStandalone || (navigator as { standalone?: boolean }).standalone === true
}

async function readPersistence(): Promise<StoragePersistence> {
  const persistence: StoragePersistence = navigator.storage?.persisted
    ? (await navigator.storage.persisted())
      ? 'persisted'
      : 'best-effort'
    : 'unsupported'
  appInstallStore.setState({ persistence })
  return persistence
}

async function askToPersist(): Promise<StoragePersistence> {
  if (!navigator.storage?.persist) return readPersistence()
  await navigator.storage.persist()
  return readPersistence()
}
