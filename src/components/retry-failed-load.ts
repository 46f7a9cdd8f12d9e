/**
 * Retry after a screen's code failed to load (offline, or a new version deployed and the old
 * chunk gone). Chromium 150, the version Debian ships, keeps a failed dynamic import in the
 * page's module map for the page's life (the older HTML rule), so importing it again fails at
 * once without a request, whatever the network does: once the module can be fetched again,
 * only a reload loads it. While it still cannot be fetched, `again` runs, and shows the same
 * failure; so does a browser that does not say which module failed.
 * @see https://github.com/whatwg/html/issues/6768
 */
import { failedModuleUrl } from '@/core/loading/failed-module-url.ts'

export async function retryFailedLoad(failure: string, again: () => unknown): Promise<void> {
  const url = failedModuleUrl(failure)
  if (url !== undefined && (await canFetch(url))) {
    window.location.reload()
    return
  }
  again()
}

/** Whether the module can be fetched now (the network, or the service worker's cache). */
async function canFetch(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { cache: 'no-store' })).ok
  } catch {
    return false
  }
}
