/**
 * Why the study data could not be opened or read, in terms a screen can explain and act on.
 * IndexedDB fails in a few known ways: it is missing (very old or locked-down browsers), refused
 * (private browsing in some browsers, storage blocked for the site: SecurityError), the database
 * is a newer version than this app (a newer KeyDeck ran in this browser: VersionError), or an
 * upgrade waits for another tab that keeps the old version open (blocked).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/IDBOpenDBRequest#events
 * @see https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/open#exceptions
 */
export type StorageProblemKind =
  'unavailable' | 'denied' | 'newer-version' | 'blocked' | 'unreadable'

export interface StorageProblem {
  readonly kind: StorageProblemKind
  /** The browser's own words, for a bug report. */
  readonly detail: string
}

/** Thrown by the database opener when it cannot give a connection. */
export class StorageOpenError extends Error {
  override readonly name = 'StorageOpenError'
  readonly kind: StorageProblemKind

  constructor(kind: StorageProblemKind, message: string, options?: ErrorOptions) {
    super(message, options)
    this.kind = kind
  }
}

/** The problem behind an error from opening or reading the database. */
export function storageProblemOf(error: unknown): StorageProblem {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  if (error instanceof StorageOpenError) return { kind: error.kind, detail }
  const name = error instanceof Error ? error.name : ''
  if (name === 'VersionError') return { kind: 'newer-version', detail }
  if (name === 'SecurityError' || name === 'InvalidStateError') return { kind: 'denied', detail }
  return { kind: 'unreadable', detail }
}
