/**
 * Start-up of the sandbox in the browser: the simulator runs in this page on WebCrypto and keeps
 * its account (keys as non-extractable CryptoKeys, aliases, policies, audit trail) in the app's
 * IndexedDB database, so it survives a reload. Loaded with the sandbox screen only: the
 * simulator is not part of what the first card needs.
 */
import { createKms } from '@/core/kms/index.ts'
import { connectSandboxStore, reloadSandbox, sandboxFailed } from './sandbox-store.ts'
import { createIndexedDbKmsStore } from './storage/kms-store-idb.ts'
import { keyDeckDb } from './storage/shared-db.ts'

/** Tabs on the same account tell each other when they change it, as the study screens do. */
const CHANNEL = 'keydeck-sandbox'
let started: Promise<void> | undefined

export function startSandbox(): Promise<void> {
  started ??= (async () => {
    try {
      void navigator.storage?.persist?.().catch(() => false)
      const store = createIndexedDbKmsStore(await keyDeckDb())
      const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel(CHANNEL) : undefined
      await connectSandboxStore(createKms({ store }), {
        announce: () => channel?.postMessage('changed'),
      })
      channel?.addEventListener('message', () => {
        reloadSandbox().catch((error: unknown) => sandboxFailed(String(error)))
      })
    } catch (error) {
      sandboxFailed(error instanceof Error ? error.message : String(error))
    }
  })()
  return started
}
