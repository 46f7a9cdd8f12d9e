import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { useAppInstall, type StoragePersistence } from '@/stores/app-install.ts'
import { needsHomeScreenHint } from './needs-home-screen-hint.ts'

const PERSISTENCE_TEXT: Readonly<Record<StoragePersistence, string>> = {
  unknown: 'Checking whether this browser keeps your data…',
  persisted: 'This browser keeps your progress until you delete it yourself.',
  'best-effort':
    'This browser may clear the data of a site you have not used for a while, including your progress. Installing KeyDeck, or asking below, lets it keep it; a backup keeps it safe either way.',
  unsupported: 'This browser cannot say whether it keeps your data: make backups now and then.',
}

/**
 * The app itself: whether it works offline here, installing it (the browser's offer, or how to
 * on iOS), whether the browser keeps its data (persistent storage), and which version runs.
 */
export function AppInstallSection() {
  const offlineReady = useAppInstall((s) => s.offlineReady)
  const offlineUnavailable = useAppInstall((s) => s.offlineUnavailable)
  const updateReady = useAppInstall((s) => s.updateReady)
  const applyUpdate = useAppInstall((s) => s.applyUpdate)
  const canInstall = useAppInstall((s) => s.canInstall)
  const installed = useAppInstall((s) => s.installed)
  const install = useAppInstall((s) => s.install)
  const persistence = useAppInstall((s) => s.persistence)
  const requestPersistence = useAppInstall((s) => s.requestPersistence)
  const [asked, setAsked] = useState(false)

  return (
    <Panel title="Offline and install" id="offline">
      <p className="text-sm">
        {offlineUnavailable
          ? `KeyDeck cannot keep an offline copy here (${offlineUnavailable}).`
          : offlineReady
            ? 'KeyDeck works offline in this browser: study, statistics, the card browser and the sandbox need no network.'
            : 'Saving an offline copy of KeyDeck…'}
      </p>
      {updateReady && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          A new version is ready. <Button onClick={applyUpdate}>Reload to update</Button>
        </p>
      )}
      {installed ? (
        <p className="text-sm">KeyDeck is installed on this device.</p>
      ) : canInstall ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Button variant="primary" onClick={() => void install()}>
            Install KeyDeck
          </Button>
          <span className={MUTED_TEXT}>
            Opens in its own window, from your home screen or dock.
          </span>
        </div>
      ) : needsHomeScreenHint(navigator, installed) ? (
        <p className="text-sm">
          To install KeyDeck on this iPhone or iPad, tap Share, then “Add to Home Screen”.
        </p>
      ) : null}
      <p className="text-sm" data-persistence={persistence}>
        {PERSISTENCE_TEXT[persistence]}
      </p>
      {persistence === 'best-effort' && !asked && (
        <Button onClick={() => void requestPersistence().then(() => setAsked(true))}>
          Ask the browser to keep my data
        </Button>
      )}
      {persistence === 'best-effort' && asked && (
        <p className={`text-sm ${MUTED_TEXT}`}>
          The browser did not grant it yet; browsers grant it to sites you install or use often.
        </p>
      )}
      <p className={`text-xs ${MUTED_TEXT}`}>Version {import.meta.env.KEYDECK_VERSION}</p>
    </Panel>
  )
}
