import { render, screen } from '@testing-library/react'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { QrCode, qrModulesPath, QUIET_ZONE } from './qr-code.tsx'

const URL = 'https://keydeck.example/browse?tag=rotation'

/** The squares of a path as `x,y` of their top-left corners. */
function squaresOf(path: string): string[] {
  return [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`)
}

describe('qrModulesPath', () => {
  it('draws one unit square per dark module, shifted by the quiet zone', () => {
    const path = qrModulesPath([
      [true, false],
      [false, true],
    ])
    expect(path).toBe('M4 4h1v1h-1zM5 5h1v1h-1z')
  })

  it('draws exactly the dark modules of a real code', () => {
    const { data, size, version } = encode(URL, { ecc: 'M', border: 0 })
    // A version-v symbol is 17 + 4v modules a side; this 43-byte URL needs version 4 at level M
    // (version 3 holds 42 bytes).
    expect(version).toBe(4)
    expect(size).toBe(17 + 4 * version)
    expect(data).toHaveLength(size)
    const dark = data.flatMap((row, y) =>
      row.flatMap((on, x) => (on ? [`${x + QUIET_ZONE},${y + QUIET_ZONE}`] : [])),
    )
    const squares = squaresOf(qrModulesPath(data))
    expect(squares).toEqual(dark)
    // The three finder patterns' corners are dark: the matrix is a QR code, not noise.
    expect([data[0]![0], data[0]![size - 1], data[size - 1]![0]]).toEqual([true, true, true])
  })
})

describe('QrCode', () => {
  it('is an image named by its label, with the quiet zone inside its white square', () => {
    const { data, size } = encode(URL, { ecc: 'M', border: 0 })
    render(<QrCode matrix={data} label={`QR code of ${URL}`} width="20rem" />)
    const svg = screen.getByRole('img', { name: `QR code of ${URL}` })
    const side = size + 2 * QUIET_ZONE
    expect(svg).toHaveAttribute('viewBox', `0 0 ${side} ${side}`)
    expect(svg.querySelector('rect')).toHaveAttribute('fill', '#fff')
    expect(svg.querySelectorAll('path')).toHaveLength(1)
    expect(svg.querySelector('path')).toHaveAttribute('fill', '#000')
  })
})
