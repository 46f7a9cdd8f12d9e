/**
 * WCAG contrast of Tailwind colour classes, measured from Tailwind's own palette (its theme.css
 * defines every colour in OKLCH). For unit tests in Node: jsdom computes no colours.
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 * @see https://bottosson.github.io/posts/oklab/ (OKLab to linear sRGB)
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

type Rgb = readonly [number, number, number]

const themeCss = readFileSync(
  createRequire(import.meta.url).resolve('tailwindcss/theme.css'),
  'utf8',
)
const PALETTE = new Map<string, Rgb>([
  ['white', [1, 1, 1]],
  ['black', [0, 0, 0]],
])
for (const [, name, l, c, h] of themeCss.matchAll(
  /--color-([a-z]+-\d+): oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)/g,
)) {
  PALETTE.set(name!, oklchToSrgb(Number(l) / 100, Number(c), Number(h)))
}

/** Encoded sRGB, 0…1, clipped to the sRGB gamut as a screen without wide colour shows it. */
function oklchToSrgb(lightness: number, chroma: number, hue: number): Rgb {
  const a = chroma * Math.cos((hue * Math.PI) / 180)
  const b = chroma * Math.sin((hue * Math.PI) / 180)
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ]
  const [r, g, bl] = linear.map((v) => {
    const x = Math.min(1, Math.max(0, v))
    return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055
  })
  return [r!, g!, bl!]
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/**
 * A colour as a class names it ("amber-700", "red-500/10"); one with an opacity is painted over
 * `under`, as the browser composites it.
 */
export function colourOf(token: string, under?: string): Rgb {
  const [name, opacity] = token.split('/')
  const colour = PALETTE.get(name!)
  if (!colour) throw new Error(`Not a Tailwind palette colour: ${token}`)
  if (opacity === undefined) return colour
  if (under === undefined) throw new Error(`${token} is translucent: say what it is painted on`)
  const alpha = Number(opacity) / 100
  const base = colourOf(under)
  return [0, 1, 2].map((i) => colour[i]! * alpha + base[i]! * (1 - alpha)) as unknown as Rgb
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(foreground: Rgb, background: Rgb): number {
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

export type Scheme = 'light' | 'dark'

/**
 * The colours a class list gives an element in one scheme, and optionally one state (a variant
 * such as `hover`, `aria-selected` or `placeholder`): `bg`, `text` and `border`, each the palette
 * token of the class that wins (`dark:state:` over `state:` over `dark:` over none). Classes that
 * are not colours (`text-sm`, `border-l-4`) are ignored.
 */
export function coloursOf(
  classes: string,
  scheme: Scheme,
  state?: string,
): { bg?: string; text?: string; border?: string } {
  const layers = ['']
  if (scheme === 'dark') layers.push('dark:')
  if (state) layers.push(`${state}:`)
  if (scheme === 'dark' && state) layers.push(`dark:${state}:`)
  const found: { bg?: string; text?: string; border?: string } = {}
  for (const prefix of layers) {
    for (const cls of classes.split(/\s+/)) {
      if (!cls.startsWith(prefix)) continue
      const match = /^(bg|text|border)-([a-z]+(?:-\d+)?(?:\/\d+)?)$/.exec(cls.slice(prefix.length))
      const [name] = match?.[2]?.split('/') ?? []
      if (match && name && PALETTE.has(name)) found[match[1] as 'bg' | 'text' | 'border'] = match[2]
    }
  }
  return found
}
