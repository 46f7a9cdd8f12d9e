import { useState } from 'react'
import type { AppPath } from '@/routes/paths.ts'
import { Button } from './button.tsx'
import type { QrCodeDialog as QrCodeDialogType } from './qr-code-dialog.tsx'
import type { QrMatrix } from './qr-code.tsx'
import { useClipboardCopy, type CopyState } from './use-clipboard-copy.ts'

/**
 * The full address of an in-app path: the origin, then the base the app is hosted under (Vite's
 * `BASE_URL`, which ends in `/`, as src/app/router-base.ts reads it for the router), then the
 * path. What a teacher puts on a slide must open the same screen from any device.
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
  | { readonly status: 'closed' | 'loading' }
  | {
      readonly status: 'shown'
      readonly matrix: QrMatrix
      readonly View: typeof QrCodeDialogType
    }
  | { readonly status: 'failed'; readonly message: string }

/**
 * "Copy link" and "Show QR code" for a screen of the app, where a teacher wants to hand a room
 * a link (a card, a search, a handout). The QR code's dialog and its encoder (`uqr`, in qr-code-dialog.tsx) load only
 * when a code is asked for, so a screen with these buttons (the card browser's first list) pays
 * for two buttons. `what` finishes the buttons' names for screen readers ("Copy link to this
 * card").
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
      // The dialog and the encoder are one chunk, loaded on the first click.
      const { QrCodeDialog, qrMatrixOf } = await import('./qr-code-dialog.tsx')
      const data = qrMatrixOf(url)
      setQr({ status: 'shown', matrix: data, View: QrCodeDialog })
    } catch (error) {
      setQr({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
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
        busy={qr.status === 'loading'}
        onClick={() => void showQr()}
      >
        Show QR code
      </Button>
      <span role="status" className="sr-only">
        {copyState === 'copied' ? `The link to ${what} is on the clipboard.` : ''}
      </span>
      {copyFailed && <span className="font-mono break-all">{url}</span>}
      {qr.status === 'failed' && (
        <span role="alert">
          The QR code could not be loaded ({qr.message}). You may be offline.
        </span>
      )}
      {qr.status === 'shown' && (
        <qr.View
          url={url}
          what={what}
          matrix={qr.matrix}
          onClose={() => setQr({ status: 'closed' })}
        />
      )}
    </div>
  )
}
