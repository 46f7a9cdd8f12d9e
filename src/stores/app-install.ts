/**
 * What the app as an installed, offline web app is doing: whether the offline copy is ready, a
 * new version waits, the browser offers to install it, and whether it keeps the data for good.
 * The service worker side (src/app/pwa/start-pwa.ts) writes it; the shell's update prompt and
 * Settings read it. Kept tiny: the study screen's first card loads it.
 */
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'

/**
 * - `persisted`: the browser keeps the data until the learner clears it;
 * - `best-effort`: it may evict the data of a site not used for a while;
 * - `unsupported`: this browser cannot say (no StorageManager).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Storage_API/Storage_quotas_and_eviction_criteria
 */
export type StoragePersistence = 'unknown' | 'persisted' | 'best-effort' | 'unsupported'

export interface AppInstallState {
  /** Every file is cached: the app works without a network from now on. */
  readonly offlineReady: boolean
  /** The offline copy could not be set up (no service workers here, or registration failed). */
  readonly offlineUnavailable: string | undefined
  /** A new version is downloaded and waits for the learner's go-ahead. */
  readonly updateReady: boolean
  /** A newer version opened the database in another tab: this tab must reload to go on. */
  readonly replacedElsewhere: boolean
  /**
   * A card is under review on the study screen (the study screen says so): an offered update
   * waits, since a reload would lose the learner's place. Kept here, not read from the study
   * store, so that the shell's prompt never loads the study screen's code.
   */
  readonly reviewOnScreen: boolean
  /** The browser offers to install the app (Chromium's beforeinstallprompt was kept). */
  readonly canInstall: boolean
  /** Running as an installed app (standalone window or home-screen app). */
  readonly installed: boolean
  readonly persistence: StoragePersistence
  /** Activates the waiting version and reloads; set by the service worker side. */
  readonly applyUpdate: () => void
  /** Shows the browser's install dialog; resolves to whether the learner accepted. */
  readonly install: () => Promise<boolean>
  /** Asks the browser to keep the data; resolves to the new persistence. */
  readonly requestPersistence: () => Promise<StoragePersistence>
}

export const appInstallStore = createStore<AppInstallState>()(() => ({
  offlineReady: false,
  offlineUnavailable: undefined,
  updateReady: false,
  replacedElsewhere: false,
  reviewOnScreen: false,
  canInstall: false,
  installed: false,
  persistence: 'unknown',
  applyUpdate: () => location.reload(),
  install: () => Promise.resolve(false),
  requestPersistence: () => Promise.resolve('unknown'),
}))

export function useAppInstall<T>(selector: (state: AppInstallState) => T): T {
  return useStore(appInstallStore, selector)
}
