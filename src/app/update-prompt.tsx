import { useState } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { useAppInstall } from '@/stores/app-install.ts'

/**
 * Offers a new version of KeyDeck when one is ready, and never reloads by itself: a reload in
 * the middle of a review would lose the learner's place, so while a card is on the study screen
 * the offer waits until the session ends or the learner goes to another screen. If a newer
 * version already took over the database in another tab, this tab cannot write any more and says
 * so at once.
 *
 * Part of the shell's own code, never a lazy chunk: it is needed exactly when a newer version has
 * taken over, and then this version's other files are gone from the offline copy and the server
 * (e2e/pwa-update.spec.ts failed so when this tab's update code started after the takeover).
 */
export function UpdatePrompt() {
  const updateReady = useAppInstall((s) => s.updateReady)
  const replacedElsewhere = useAppInstall((s) => s.replacedElsewhere)
  const applyUpdate = useAppInstall((s) => s.applyUpdate)
  const reviewing = useAppInstall((s) => s.reviewOnScreen)
  const [later, setLater] = useState(false)

  if (replacedElsewhere) {
    return (
      <Alert tone="warning" title="KeyDeck was updated in another tab">
        <p>This tab still runs the old version and can no longer save. Reload it to go on.</p>
        <Button className="mt-2" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Alert>
    )
  }
  if (!updateReady || reviewing || later) return null
  return (
    <Alert title="A new version of KeyDeck is ready">
      <p>Your progress is saved. Reload to use the new version, now or later.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="primary" onClick={applyUpdate}>
          Reload to update
        </Button>
        <Button onClick={() => setLater(true)}>Later</Button>
      </div>
    </Alert>
  )
}
