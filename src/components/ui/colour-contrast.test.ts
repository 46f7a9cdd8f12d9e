/**
 * The kit's colour pairs meet WCAG 2.2 AA in both schemes: text 4.5:1 (1.4.3), the edges that
 * identify a control or its state 3:1 (1.4.11). Measured from the classes the components use and
 * Tailwind's palette, since jsdom computes no colours and axe's contrast rule needs a browser.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { colourOf, coloursOf, contrast, type Scheme } from '@/test-support/tailwind-contrast.ts'
import { ALERT_TONES } from './alert.tsx'
import { BADGE_TONES } from './badge.tsx'
import { BUTTON_VARIANTS } from './button.tsx'
import { CHIP_CLASSES } from './chip.tsx'
import { INSET_SURFACE, MUTED_TEXT, PANEL_SURFACE } from './colours.ts'
import { CONTROL_CLASSES } from './field-controls.tsx'
import { ERROR_CLASSES, HINT_CLASSES } from './field.tsx'
import { NAV_LINK_CLASSES } from './nav-link.tsx'
import { TAB_CLASSES } from './tabs.tsx'
import { LINK_CLASSES } from './text-link.tsx'

const TEXT = 4.5
const EDGE = 3
const SCHEMES: readonly Scheme[] = ['light', 'dark']

// The page background is set once for the app, on <html>.
const indexCss = readFileSync(new URL('../../app/index.css', import.meta.url), 'utf8')
const PAGE = /html\s*\{\s*@apply ([^;]+);/.exec(indexCss)?.[1] ?? ''

interface Surface {
  readonly name: string
  readonly bg: string
  /** What a translucent background is painted on. */
  readonly under?: string
}

function bgOf(classes: string, scheme: Scheme): string {
  const bg = coloursOf(classes, scheme).bg
  if (!bg) throw new Error(`no background in "${classes}" (${scheme})`)
  return bg
}

/** Where text of the kit sits: the page, a panel, and every alert on either. */
function surfaces(scheme: Scheme): Surface[] {
  const page = { name: 'page', bg: bgOf(PAGE, scheme) }
  const panel = { name: 'panel', bg: bgOf(PANEL_SURFACE, scheme) }
  const alerts = Object.entries(ALERT_TONES).flatMap(([tone, classes]) =>
    [page, panel].map((on) => ({
      name: `${tone} alert on ${on.name}`,
      bg: bgOf(classes, scheme),
      under: on.bg,
    })),
  )
  return [page, panel, ...alerts]
}

/** Each pair below its minimum, as "what: ratio"; empty when every pair passes. */
function failures(
  pairs: { what: string; fg?: string; bg: string; under?: string; min: number }[],
): string[] {
  return pairs.flatMap(({ what, fg, bg, under, min }) => {
    if (!fg) return [`${what}: no colour`]
    const ratio = contrast(colourOf(fg, under), colourOf(bg, under))
    return ratio >= min ? [] : [`${what}: ${fg} on ${bg} is ${ratio.toFixed(2)}, below ${min}`]
  })
}

describe('the kit’s colours', () => {
  it('give every filled button readable text, at rest and on hover', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      (['primary', 'secondary', 'danger'] as const).flatMap((variant) =>
        [undefined, 'hover'].map((state) => {
          const { text, bg } = coloursOf(BUTTON_VARIANTS[variant], scheme, state)
          return {
            what: `${variant} ${state ?? ''} (${scheme})`,
            fg: text,
            bg: bg ?? '',
            min: TEXT,
          }
        }),
      ),
    )
    expect(failures(pairs)).toEqual([])
  })

  it('make links and text buttons readable on every surface they sit on', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      surfaces(scheme).flatMap((surface) =>
        [
          ['link', LINK_CLASSES],
          ['text button', BUTTON_VARIANTS.text],
        ].flatMap(([what, classes]) =>
          [undefined, 'hover'].map((state) => ({
            what: `${what} ${state ?? ''} on ${surface.name} (${scheme})`,
            fg: coloursOf(classes!, scheme, state).text,
            ...surface,
            min: TEXT,
          })),
        ),
      ),
    )
    expect(failures(pairs)).toEqual([])
  })

  it('make alert text readable on its tone, over the page and a panel', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      surfaces(scheme)
        .filter((surface) => surface.under)
        .map((surface) => {
          const tone = surface.name.split(' ')[0] as keyof typeof ALERT_TONES
          return {
            what: `${surface.name} (${scheme})`,
            fg: coloursOf(ALERT_TONES[tone], scheme).text,
            ...surface,
            min: TEXT,
          }
        }),
    )
    expect(failures(pairs)).toEqual([])
  })

  it('make form controls readable and their edges visible, valid or not', () => {
    const pairs = SCHEMES.flatMap((scheme) => {
      const box = bgOf(CONTROL_CLASSES, scheme)
      const around = surfaces(scheme).slice(0, 2)
      return [
        {
          what: `value (${scheme})`,
          fg: coloursOf(CONTROL_CLASSES, scheme).text,
          bg: box,
          min: TEXT,
        },
        {
          what: `placeholder (${scheme})`,
          fg: coloursOf(CONTROL_CLASSES, scheme, 'placeholder').text,
          bg: box,
          min: TEXT,
        },
        ...[undefined, 'aria-invalid'].flatMap((state) =>
          [{ name: 'box', bg: box }, ...around].map((surface) => ({
            what: `${state ?? 'border'} against ${surface.name} (${scheme})`,
            fg: coloursOf(CONTROL_CLASSES, scheme, state).border,
            bg: surface.bg,
            min: EDGE,
          })),
        ),
        ...around.flatMap((surface) => [
          {
            what: `hint on ${surface.name} (${scheme})`,
            fg: coloursOf(HINT_CLASSES, scheme).text,
            bg: surface.bg,
            min: TEXT,
          },
          {
            what: `error on ${surface.name} (${scheme})`,
            fg: coloursOf(ERROR_CLASSES, scheme).text,
            bg: surface.bg,
            min: TEXT,
          },
        ]),
      ]
    })
    expect(failures(pairs)).toEqual([])
  })

  it('mark the selected tab with a visible underline and readable text', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      surfaces(scheme)
        .slice(0, 2)
        .flatMap((surface) => {
          const selected = coloursOf(TAB_CLASSES, scheme, 'aria-selected')
          return [
            {
              what: `underline on ${surface.name} (${scheme})`,
              fg: selected.border,
              bg: surface.bg,
              min: EDGE,
            },
            {
              what: `selected on ${surface.name} (${scheme})`,
              fg: selected.text,
              bg: surface.bg,
              min: TEXT,
            },
            {
              what: `other tabs on ${surface.name} (${scheme})`,
              fg: coloursOf(TAB_CLASSES, scheme).text,
              bg: surface.bg,
              min: TEXT,
            },
          ]
        }),
    )
    expect(failures(pairs)).toEqual([])
  })

  it('make secondary text readable on the page, a panel and a tile in it', () => {
    const pairs = SCHEMES.flatMap((scheme) => {
      const [page, panel] = surfaces(scheme)
      const tile = { name: 'tile', bg: bgOf(INSET_SURFACE, scheme) }
      return [page!, panel!, tile].flatMap((surface) => [
        {
          what: `secondary text on ${surface.name} (${scheme})`,
          fg: coloursOf(MUTED_TEXT, scheme).text,
          bg: surface.bg,
          min: TEXT,
        },
        {
          what: `body text on ${surface.name} (${scheme})`,
          fg: coloursOf(PAGE, scheme).text,
          bg: surface.bg,
          min: TEXT,
        },
      ])
    })
    expect(failures(pairs)).toEqual([])
  })

  it('make every badge readable on its tone, over the page and a panel', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      surfaces(scheme)
        .slice(0, 2)
        .flatMap((surface) =>
          Object.entries(BADGE_TONES).map(([tone, classes]) => ({
            what: `${tone} badge on ${surface.name} (${scheme})`,
            fg: coloursOf(classes, scheme).text,
            bg: bgOf(classes, scheme),
            under: surface.bg,
            min: TEXT,
          })),
        ),
    )
    expect(failures(pairs)).toEqual([])
  })

  it('make chips readable and their edges visible, off, hovered and on', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      surfaces(scheme)
        .slice(0, 2)
        .flatMap((surface) =>
          [undefined, 'hover', 'aria-pressed'].flatMap((state) => {
            const colours = coloursOf(CHIP_CLASSES, scheme, state)
            const fill = state ? (colours.bg ?? surface.bg) : surface.bg
            return [
              {
                what: `${state ?? 'chip'} text on ${surface.name} (${scheme})`,
                fg: colours.text,
                bg: fill,
                under: surface.bg,
                min: TEXT,
              },
              {
                what: `${state ?? 'chip'} edge on ${surface.name} (${scheme})`,
                fg: colours.border,
                bg: surface.bg,
                min: EDGE,
              },
            ]
          }),
        ),
    )
    expect(failures(pairs)).toEqual([])
  })

  it('make the navigation readable, with the current screen’s tab marked in amber', () => {
    const pairs = SCHEMES.flatMap((scheme) =>
      surfaces(scheme)
        .slice(0, 2)
        .flatMap((surface) =>
          [undefined, 'hover', 'aria-[current=page]'].map((state) => {
            const colours = coloursOf(NAV_LINK_CLASSES, scheme, state)
            return {
              what: `${state ?? 'tab'} on ${surface.name} (${scheme})`,
              fg: colours.text,
              bg: state ? (colours.bg ?? surface.bg) : surface.bg,
              under: surface.bg,
              min: TEXT,
            }
          }),
        ),
    )
    expect(failures(pairs)).toEqual([])
  })
})
