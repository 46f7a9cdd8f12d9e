/**
 * The CLI panel's terminal: the transcript of commands run (what AWS CLI v2 would print for
 * each), the command history for the arrow keys, the exit code of the last command, and the
 * files of the shell's folder. The folder and the history are kept in the app's IndexedDB
 * database beside the sandbox's account (`storage/cli-shell-repository.ts`), read once by
 * `loadCliShell` and written through on every change. Commands go to the sandbox's simulator
 * through `sendSandboxRequest`, as the identity the console calls as (the account root by default).
 */
import { create } from 'zustand'
import { runShellLine, type ShellFolder } from '@/core/cli/run-shell.ts'
import { createKms, type Kms } from '@/core/kms/index.ts'
import {
  connected,
  connectedOtherRegion,
  sendSandboxRequest,
  useSandboxStore,
} from './sandbox-store.ts'
import {
  createCliShellRepository,
  type CliShellRepository,
} from './storage/cli-shell-repository.ts'
import { keyDeckDb } from './storage/shared-db.ts'

export interface TranscriptEntry {
  readonly id: number
  readonly command: string
  /** stdout then stderr, as the terminal shows them. */
  readonly output: string
  readonly exitCode: number
}

interface SandboxCliState {
  readonly entries: readonly TranscriptEntry[]
  readonly history: readonly string[]
  /** The shell's folder: each file's bytes under its name. */
  readonly files: ReadonlyMap<string, Uint8Array>
  readonly lastExitCode: number
  readonly running: boolean
  /** The folder and the history were read from storage (or storage failed and they start empty). */
  readonly shellLoaded: boolean
  /** Storage refused a read or a write: the folder and history work until the page closes. */
  readonly unsaved: boolean
}

const HISTORY_LIMIT = 200

export const useSandboxCliStore = create<SandboxCliState>()(() => ({
  entries: [],
  history: [],
  files: new Map(),
  lastExitCode: 0,
  running: false,
  shellLoaded: false,
  unsaved: false,
}))

let repository: CliShellRepository | undefined
let loading: Promise<void> | undefined

const defaultRepository = async () =>
  createCliShellRepository(await keyDeckDb(), globalThis.localStorage)

/**
 * Reads the folder and the history (once while this tab runs the sandbox). The panel shows the
 * prompt and the folder only after it, so nothing typed is overwritten by what is read.
 */
export function loadCliShell(
  open: () => Promise<CliShellRepository> = defaultRepository,
): Promise<void> {
  loading ??= (async () => {
    try {
      const repo = await open()
      const { files, history } = await repo.load()
      repository = repo
      useSandboxCliStore.setState({ files: new Map(files), history, shellLoaded: true })
    } catch {
      useSandboxCliStore.setState({ shellLoaded: true, unsaved: true })
    }
  })()
  return loading
}

// The tab that runs the sandbox writes the folder. When another tab takes the sandbox, it may
// change the folder; taking it back reads the folder and history again.
useSandboxStore.subscribe((state, previous) => {
  if (previous.status === 'ready' && state.status !== 'ready') {
    repository = undefined
    loading = undefined
    useSandboxCliStore.setState({ shellLoaded: false })
  }
})

/** Forgets the loaded shell, so the next `loadCliShell` reads storage again (tests). */
export function resetCliShell(): void {
  repository = undefined
  loading = undefined
  otherRegions.clear()
  useSandboxCliStore.setState({
    entries: [],
    history: [],
    files: new Map(),
    lastExitCode: 0,
    shellLoaded: false,
    unsaved: false,
  })
}

function persist(write: (repo: CliShellRepository) => Promise<void>): void {
  if (repository) write(repository).catch(() => useSandboxCliStore.setState({ unsaved: true }))
}

/** Puts a file into the folder (a redirect, an upload, a drop), replacing one of that name. */
export function writeCliFile(name: string, bytes: Uint8Array): void {
  useSandboxCliStore.setState((s) => ({ files: new Map(s.files).set(name, bytes) }))
  persist((repo) => repo.writeFile(name, bytes))
}

function removeCliFile(name: string): boolean {
  const files = new Map(useSandboxCliStore.getState().files)
  if (!files.delete(name)) return false
  useSandboxCliStore.setState({ files })
  persist((repo) => repo.removeFile(name))
  return true
}

const folder: ShellFolder = {
  read: (name) => useSandboxCliStore.getState().files.get(name),
  write: writeCliFile,
  remove: removeCliFile,
  list: () => [...useSandboxCliStore.getState().files.keys()],
}

/**
 * `--region` reaches the same account in that Region. The sandbox's second Region (eu-west-1,
 * joined to the home one: replicas of multi-Region keys live there, kept like the rest of the
 * account) is the console's; any other Region is a fresh simulator, in memory, with no keys
 * (what is made there lasts until the page closes).
 */
const otherRegions = new Map<string, Kms>()

function sandboxRegions(): { home: string; other: string | undefined } | undefined {
  try {
    return { home: connected().region, other: connectedOtherRegion()?.region }
  } catch {
    return undefined // not connected: the sandbox's transport answers as it does then
  }
}

function send(operation: string, body: string, region?: string) {
  const regions = sandboxRegions()
  if (region === undefined || regions === undefined || region === regions.home)
    return sendSandboxRequest(operation, body)
  if (region === regions.other) return sendSandboxRequest(operation, body, true)
  let kms = otherRegions.get(region)
  if (!kms) {
    kms = createKms({ region, accountId: connected().accountId })
    otherRegions.set(region, kms)
  }
  return kms.handle(`TrentService.${operation}`, body)
}

/** Empties the transcript (`clear`, Ctrl+L). */
export function clearTranscript(): void {
  useSandboxCliStore.setState({ entries: [] })
}

let nextId = 1

/** Runs one command line; `clear` empties the transcript, as in a terminal. */
export async function runCliCommand(line: string): Promise<void> {
  const state = useSandboxCliStore.getState()
  if (line.trim() !== '' && state.history.at(-1) !== line) {
    const history = [...state.history, line].slice(-HISTORY_LIMIT)
    useSandboxCliStore.setState({ history })
    persist((repo) => repo.saveHistory(history))
  }
  if (line.trim() === 'clear') {
    useSandboxCliStore.setState({ entries: [], lastExitCode: 0 })
    return
  }
  useSandboxCliStore.setState({ running: true })
  const result = await runShellLine(line, state.lastExitCode, {
    send,
    // The CLI prints timestamps in local time: the browser's zone at that instant.
    utcOffsetMinutes: (ms) => -new Date(ms).getTimezoneOffset(),
    folder,
  })
  const output = new TextDecoder().decode(result.stdout) + result.stderr
  const entry = { id: nextId++, command: line, output, exitCode: result.exitCode }
  useSandboxCliStore.setState((s) => ({
    entries: [...s.entries, entry],
    lastExitCode: result.exitCode,
    running: false,
  }))
}
