/**
 * The CLI panel's terminal: the transcript of commands run (what AWS CLI v2 would print for
 * each), the command history for the arrow keys (kept across reloads in localStorage), the exit
 * code of the last command, and the files of the shell's folder. Commands go to the sandbox's
 * simulator through `sendSandboxRequest`, as the account root, like the console.
 */
import { create } from 'zustand'
import { decodeBase64, encodeBase64 } from '@/core/bytes/base64.ts'
import { runShellLine, type ShellFolder } from '@/core/cli/run-shell.ts'
import { sendSandboxRequest } from './sandbox-store.ts'

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
  readonly lastExitCode: number
  readonly running: boolean
}

const HISTORY_KEY = 'keydeck-cli-history'
const HISTORY_LIMIT = 200

function loadHistory(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]')
    return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : []
  } catch {
    return []
  }
}

function saveHistory(history: readonly string[]) {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history))
  } catch {
    // Storage refused (private mode, quota): the history still works until the page closes.
  }
}

export const useSandboxCliStore = create<SandboxCliState>()(() => ({
  entries: [],
  history: loadHistory(),
  lastExitCode: 0,
  running: false,
}))

const FILES_KEY = 'keydeck-cli-files'

/** The shell's folder (`> secret.enc`, `fileb://secret.enc`), kept across reloads as base64. */
function loadFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(FILES_KEY) ?? '{}')
    if (typeof stored === 'object' && stored !== null)
      for (const [name, text] of Object.entries(stored)) {
        const bytes = typeof text === 'string' ? decodeBase64(text) : undefined
        if (bytes) files.set(name, bytes)
      }
  } catch {
    // Nothing stored, or storage refused: an empty folder.
  }
  return files
}

function saveFiles() {
  try {
    const entries = [...folderFiles()].map(([name, bytes]) => [name, encodeBase64(bytes)])
    localStorage.setItem(FILES_KEY, JSON.stringify(Object.fromEntries(entries)))
  } catch {
    // Storage refused or full: the files still work until the page closes.
  }
}

let files: Map<string, Uint8Array> | undefined
const folderFiles = () => (files ??= loadFiles())
const folder: ShellFolder = {
  read: (name) => folderFiles().get(name),
  write: (name, bytes) => {
    folderFiles().set(name, bytes)
    saveFiles()
  },
  remove: (name) => {
    const removed = folderFiles().delete(name)
    saveFiles()
    return removed
  },
  list: () => [...folderFiles().keys()],
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
    saveHistory(history)
  }
  if (line.trim() === 'clear') {
    useSandboxCliStore.setState({ entries: [], lastExitCode: 0 })
    return
  }
  useSandboxCliStore.setState({ running: true })
  const result = await runShellLine(line, state.lastExitCode, {
    send: sendSandboxRequest,
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
