import { encode } from 'uqr'
import { Button } from './button.tsx'
import { Dialog } from './dialog.tsx'
import { QrCode, type QrMatrix } from './qr-code.tsx'

/**
 * The QR code's modules for `url`. Level M survives a smudge or a projector's glare on 15 % of
 * the code.
 */
export function qrMatrixOf(url: string): QrMatrix {
  return encode(url, { ecc: 'M', border: 0 }).data
}

/**
 * The QR code of a link, as large as the screen allows for a room to scan, with the link printed
 * under it. Loaded with the encoder by ShareLink when a code is asked for; open while mounted.
 */
export function QrCodeDialog({
  url,
  what,
  matrix,
  onClose,
}: {
  url: string
  what: string
  matrix: QrMatrix
  onClose: () => void
}) {
  return (
    <Dialog wide open onClose={onClose} title={`QR code of the link to ${what}`}>
      <figure className="space-y-3">
        {/* As wide as the dialog, and no taller than most of the screen. */}
        <QrCode matrix={matrix} label={`QR code of ${url}`} width="min(100%, 70vh)" />
        <figcaption className="text-center font-mono text-base break-all">{url}</figcaption>
      </figure>
      <form method="dialog" className="flex justify-end">
        <Button type="submit">Close</Button>
      </form>
    </Dialog>
  )
}
