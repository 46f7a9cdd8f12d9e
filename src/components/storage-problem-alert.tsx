/**
 * What to tell a learner whose study data could not be opened, and what to do about it. The
 * kinds are the store's (src/stores/storage/storage-problem.ts); a kind this component did not
 * know would not type-check where a screen passes it in.
 */
export interface StorageProblemView {
  readonly kind: 'unavailable' | 'denied' | 'newer-version' | 'blocked' | 'unreadable'
  readonly detail: string
}

const EXPLAIN: Record<StorageProblemView['kind'], { title: string; text: string }> = {
  unavailable: {
    title: 'This browser cannot keep your progress',
    text: 'KeyDeck stores your progress in the browser (IndexedDB), and this one offers no storage. Open KeyDeck in a current Chrome, Edge, Firefox or Safari.',
  },
  denied: {
    title: 'The browser refused to store your progress',
    text: 'This happens in some private windows, or when site data is blocked for this site. Allow site data for KeyDeck, or open it in a normal window, then reload.',
  },
  'newer-version': {
    title: 'A newer KeyDeck has used your data',
    text: 'Your progress was saved by a newer version of KeyDeck. Reload the page to get it; nothing is lost.',
  },
  blocked: {
    title: 'Another KeyDeck tab is in the way',
    text: 'KeyDeck is updating its storage, and another tab still has the old version open. Close the other KeyDeck tabs, then reload this one. Your progress is safe.',
  },
  unreadable: {
    title: 'Your progress could not be read',
    text: 'Nothing was changed. Reload the page to try again.',
  },
}

export function StorageProblemAlert({ problem }: { problem: StorageProblemView }) {
  const { title, text } = EXPLAIN[problem.kind]
  return (
    <div
      role="alert"
      className="space-y-2 rounded-md border-l-4 border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-500/10 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p>{text}</p>
      <p className="text-sm break-words opacity-80">The browser said: {problem.detail}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="rounded-md bg-amber-500 px-3 py-2 text-sm font-semibold text-slate-950 hover:bg-amber-400"
      >
        Reload
      </button>
    </div>
  )
}
