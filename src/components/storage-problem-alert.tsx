/**
 * What to tell a learner whose study data could not be opened, and what to do about it. The
 * kinds are the store's (src/stores/storage/storage-problem.ts); a kind this component did not
 * know would not type-check where a screen passes it in.
 */
import { Alert } from './ui/alert.tsx'
import { Button } from './ui/button.tsx'
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
    <Alert tone="error" title={title} className="space-y-2">
      <p>{text}</p>
      <p className="break-words">The browser said: {problem.detail}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </Alert>
  )
}
