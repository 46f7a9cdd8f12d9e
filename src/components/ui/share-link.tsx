import { useState } from 'react'
import type { AppPath } from '@/routes/paths.ts'
import { Alert } from './alert.tsx'
import { Button } from './button.tsx'
import { Dialog } from './dialog.tsx'
import { QrCode, type QrMatrix } from './qr-code.tsx'
import { useClipboardCopy, type CopyState } from './use-clipboard-copy.ts'

/**
 * The absolute address of an in-app path: the origin, then the base the app is hosted under
 * (Vite's `BASE_URL`, which ends in `/`, as src/app/router-base.ts reads it for the router),
 * then the path. What a teacher puts on a slide must open the same screen from any device.
 */
export function appUrl(path: AppPath, origin: string, baseUrl: string): string {
  return `${origin}${baseUrl.replace(/\/+$/, '')}${path}`
}

const COPY_LABELS: Readonly<Record<CopyState, string>> = {
  idle: 'Copy link',
  copied: 'Link copied',
  unavailable: 'No clipboard: copy the link below',
  refused: 'Copy refused: copy the link below',
}

type QrView =
  | { readonly status: 'closed' }
  | { readonly status: 'loading' }
  | { readonly status: 'shown'; readonly matrix: QrMatrix }
  | { readonly status: 'failed'; readonly message: string }

/**
 * "Copy link" and "Show QR code" for a screen of the app, where a teacher wants to hand a room
 * a link (a card, a search, a handout). The QR encoder (`uqr`) loads only when a code is asked
 * for, so a screen with these buttons does not pay for it. `what` finishes the buttons' names
 * for screen readers ("Copy link to this card").
 */
export function ShareLink({
  path,
  what,
  className = '',
}: {
  path: AppPath
  what: string
  /** Layout only. */
  className?: string
}) {
  const url = appUrl(path, window.location.origin, import.meta.env.BASE_URL)
  // A new address starts afresh: "Link copied" was about the old one.
  return <ShareUrl key={url} url={url} what={what} className={className} />
}

function ShareUrl({ url, what, className }: { url: string; what: string; className: string }) {
  const [copyState, copy] = useClipboardCopy()
  const [qr, setQr] = useState<QrView>({ status: 'closed' })
  const showQr = async () => {
    setQr({ status: 'loading' })
    try {
      const { encode } = await import('uqr')
      // Level M survives a smudge or a projector's glare on 15 % of the code.
      const { data } = encode(url, { ecc: 'M', border: 0 })
      setQr((view) => (view.status === 'closed' ? view : { status: 'shown', matrix: data }))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      setQr((view) => (view.status === 'closed' ? view : { status: 'failed', message }))
    }
  }
  const copyFailed = copyState === 'unavailable' || copyState === 'refused'
  return (
    <div className={`flex flex-wrap items-center gap-x-4 gap-y-1 text-sm ${className}`}>
      {/* The names start with the visible words (WCAG 2.5.3 Label in Name). */}
      <Button
        variant="text"
        aria-label={copyState === 'idle' ? `Copy link to ${what}` : undefined}
        onClick={() => void copy(url)}
      >
        {COPY_LABELS[copyState]}
      </Button>
      <Button
        variant="text"
        aria-label={`Show QR code of the link to ${what}`}
        onClick={() => void showQr()}
      >
        Show QR code
      </Button>
      <span role="status" className="sr-only">
        {copyState === 'copied' ? `The link to ${what} is on the clipboard.` : ''}
      </span>
      {copyFailed && <span className="font-mono break-all select-all">{url}</span>}
      <Dialog
        wide
        open={qr.status !== 'closed'}
        onClose={() => setQr({ status: 'closed' })}
        title={`QR code of the link to ${what}`}
      >
        {qr.status === 'shown' ? (
          <figure className="space-y-3">
            <QrCode
              matrix={qr.matrix}
              label={`QR code of ${url}`}
              className="mx-auto w-[min(100%,70vh)]"
            />
            <figcaption className="text-center font-mono text-base break-all">{url}</figcaption>
          </figure>
        ) : qr.status === 'failed' ? (
          <Alert tone="error">
            <p>The QR code could not be drawn ({qr.message}). You may be offline.</p>
          </Alert>
        ) : (
          <p role="status">Drawing the QR code…</p>
        )}
        <form method="dialog" className="flex justify-end">
          <Button type="submit">Close</Button>
        </form>
      </Dialog>
    </div>
  )
}
