/**
 * Start-up of the sandbox in the browser: the simulator runs in this page on WebCrypto and keeps
 * its account (keys as non-extractable CryptoKeys, aliases, policies, audit trail) in the app's
 * IndexedDB database, so it survives a reload. Loaded with the sandbox screen only: the
 * simulator is not part of what the first card needs.
 *
 * One tab at a time runs it. Two simulators on one account would interleave their requests
 * (lost updates, a rotation applied twice, audit events numbered alike), so the running tab
 * holds a Web Lock; another tab shows the account only when the learner moves it there, which
 * steals the lock and tells the first tab to let go.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API
 */
import { createKms, createSimulatedClock } from '@/core/kms/index.ts'
import { attachSandboxClock } from './sandbox-clock.ts'
import { attachSandboxCaller, forgetMissingCaller } from './sandbox-identities.ts'
import {
  connected,
  connectSandboxStore,
  disconnectSandboxStore,
  sandboxFailed,
  useSandboxStore,
} from './sandbox-store.ts'
import { createIndexedDbKmsStore, createIndexedDbRegionStore } from './storage/kms-store-idb.ts'
import { loadSandboxCaller, saveSandboxCaller } from './storage/sandbox-caller-repository.ts'
import { loadSandboxClock, saveSandboxClock } from './storage/sandbox-clock-repository.ts'
import type { KeyDeckDb } from './storage/keydeck-db.ts'
import { wipeSandboxAccountData } from './storage/sandbox-account-repository.ts'
import { isDemoProfile } from './storage/profile.ts'
import { keyDeckDb } from './storage/shared-db.ts'

// One simulator per database at a time. Each profile has its own database (storage/profile.ts),
// so each has its own lock: a demo tab and a main tab each run their own account.
const LOCK = isDemoProfile() ? 'keydeck-sandbox-demo' : 'keydeck-sandbox'
let started: Promise<void> | undefined

/**
 * The account's second Region, beside the home one (us-east-1, createKms's default): where the
 * multi-Region keys scenario puts its replica. Kept in the same database (storage version 6), so
 * a replica survives a reload; an older database opens with it empty.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html
 */
export const SANDBOX_SECOND_REGION = 'eu-west-1'

/** Runs the simulator in this tab unless another tab already does. */
export function startSandbox(): Promise<void> {
  started ??= run({ ifAvailable: true })
  return started
}

/** Moves the simulator from the other tab to this one. */
export function moveSandboxHere(): Promise<void> {
  return run({ steal: true })
}

async function run(options: LockOptions): Promise<void> {
  try {
    // Without Web Locks (an old browser), run unguarded rather than not at all.
    if (navigator.locks && !(await holdLock(options))) return disconnectSandboxStore()
    // A fresh simulator each time: the account may have changed while another tab had it.
    await connect(await keyDeckDb())
  } catch (error) {
    sandboxFailed(error instanceof Error ? error.message : String(error))
  }
}

async function connect(db: KeyDeckDb): Promise<void> {
  const store = createIndexedDbKmsStore(db)
  // The account's own time, ahead of real time by as much as the learner travelled.
  const clock = createSimulatedClock(() => Date.now(), await loadSandboxClock(db))
  attachSandboxClock(clock, (state) => saveSandboxClock(db, state))
  // "Calling as" (the policy lab): who the console's actions call as, root unless chosen.
  attachSandboxCaller(await loadSandboxCaller(db), (caller) => saveSandboxCaller(db, caller))
  const home = createKms({ store, now: clock.now })
  const second = createKms({
    region: SANDBOX_SECOND_REGION,
    sameAccountAs: home,
    store: createIndexedDbRegionStore(db, SANDBOX_SECOND_REGION, store.principals),
    now: clock.now,
  })
  await connectSandboxStore(home, second)
  await forgetMissingCaller()
}

/**
 * "Start over" (issue 11, item 11): wipes the account (keys, aliases, identities, audit trail,
 * clock and caller) in one transaction and runs a fresh simulator on it. Only the sandbox's
 * stores: study progress, notes and the CLI panel's folder stay as they are. Only the tab that
 * runs the simulator may do it (it holds the lock, so no other tab writes meanwhile).
 */
export async function wipeSandboxAccount(): Promise<void> {
  connected()
  const db = await keyDeckDb()
  await wipeSandboxAccountData(db)
  useSandboxStore.setState({ lastExchange: undefined })
  await connect(db)
}

/**
 * Takes the lock and keeps it for as long as the page lives. Resolves false when another tab
 * holds it (`ifAvailable`); when another tab steals it later, this tab disconnects.
 */
function holdLock(options: LockOptions): Promise<boolean> {
  return new Promise((acquired) => {
    navigator.locks
      .request(LOCK, options, (lock) => {
        acquired(lock !== null)
        return lock === null ? undefined : new Promise<void>(() => {})
      })
      .catch(() => disconnectSandboxStore())
  })
}
