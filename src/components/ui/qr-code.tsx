/**
 * A QR code drawn from its module matrix (what `uqr`'s `encode` returns): one SVG path with a
 * unit square per dark module, on a white square that includes the quiet zone, black on white
 * in both colour schemes (scanners want dark modules on a light ground). The app draws the SVG
 * itself, so no markup string is ever set.
 * @see https://www.qrcode.com/en/howto/code.html (the quiet zone: four modules on every side)
 */

/** The margin of light modules a scanner needs around the symbol (ISO/IEC 18004: 4 modules). */
export const QUIET_ZONE = 4

/** The matrix of a QR code: `true` for a dark module, rows top to bottom. */
export type QrMatrix = readonly (readonly boolean[])[]

/** One `M x y h1v1h-1z` square per dark module, shifted by the quiet zone. */
export function qrModulesPath(matrix: QrMatrix, quietZone = QUIET_ZONE): string {
  const squares: string[] = []
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x + quietZone} ${y + quietZone}h1v1h-1z`)
    }),
  )
  return squares.join('')
}

/**
 * The code as an image named by `label` (say what it opens: "QR code of https://…"), centred,
 * `width` wide (a CSS length such as `min(100%, 70vh)`: set on the element, so a size for a room
 * adds no class to the app's one style sheet, which the first card loads).
 */
export function QrCode({
  matrix,
  label,
  width,
}: {
  matrix: QrMatrix
  label: string
  width: string
}) {
  const side = matrix.length + 2 * QUIET_ZONE
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      className="mx-auto block h-auto"
      style={{ width }}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qrModulesPath(matrix)} fill="#000" />
    </svg>
  )
}
