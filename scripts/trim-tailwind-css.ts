/**
 * Two things Tailwind 4 writes twice, for browsers KeyDeck does not need them for, taken out of
 * the built stylesheet (it is in the first card's budget: e2e/page-weight.spec.ts):
 *
 * - Its typed custom properties come both as `@property` rules and as a fallback that sets the
 *   same initial values on every element, guarded by `@supports` to browsers without `@property`
 *   (Firefox before 128, which the app supports: `cssTarget` in vite.config.ts). The fallback
 *   alone does the same everywhere (it is what those browsers use), so it stays, unguarded, and
 *   the `@property` rules go. Nothing in the app animates these properties, the one thing only
 *   `@property` gives. 0.3 KB gzip.
 * - A colour with an opacity modifier (`bg-white/90`) comes as a computed sRGB value, then again
 *   as `color-mix()` in an `@supports` block. Every browser the app targets supports both; the
 *   computed value is the same colour (within sRGB), so the `@supports` copy goes where the
 *   computed rule exists. A `color-mix` with no computed twin (the placeholder's half-transparent
 *   current colour) stays. 0.2 KB gzip.
 * Each pattern must be found: a Tailwind version that writes them otherwise fails the build here
 * rather than silently growing the budget back.
 * @see https://tailwindcss.com/docs/compatibility
 * @see https://developer.mozilla.org/en-US/docs/Web/CSS/@property
 */
import type { Plugin } from 'vite'

/** The block that opens at `open` (the index of its `{`), up to and with its closing `}`. */
function blockEnd(css: string, open: number): number {
  let depth = 0
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++
    else if (css[i] === '}' && --depth === 0) return i
  }
  throw new Error(`trim-tailwind-css: unbalanced braces after ${css.slice(open - 40, open)}`)
}

const PROPERTY_RULE = /@property [^{]+\{[^}]*\}/g
const PROPERTIES_LAYER = '@layer properties{@supports '
const COLOR_MIX = '@supports (color:color-mix(in lab, red, red)){'

export function trimTailwindCss(css: string): string {
  if (!css.includes('@property ') || !css.includes(PROPERTIES_LAYER))
    throw new Error(
      "trim-tailwind-css: no @property rules or properties layer (Tailwind's output changed?)",
    )
  let out = css.replace(PROPERTY_RULE, '')

  // @layer properties{@supports (…){RULES}} → @layer properties{RULES}
  const layer = out.indexOf(PROPERTIES_LAYER)
  const supportsOpen = out.indexOf('{', layer + PROPERTIES_LAYER.length)
  const supportsClose = blockEnd(out, supportsOpen)
  out =
    out.slice(0, layer + '@layer properties{'.length) +
    out.slice(supportsOpen + 1, supportsClose) +
    out.slice(supportsClose + 1)

  // @supports (color-mix){.x{…}} after a computed `.x{…}`: dropped.
  let from = 0
  for (;;) {
    const start = out.indexOf(COLOR_MIX, from)
    if (start < 0) break
    const open = start + COLOR_MIX.length - 1
    const end = blockEnd(out, open)
    const inner = out.slice(open + 1, end)
    const selectors = [...inner.matchAll(/([^{}]+)\{[^{}]*\}/g)].map((m) => m[1]!)
    const twinned =
      selectors.length > 0 &&
      selectors.every((s) => s.startsWith('.') && out.slice(0, start).includes(`${s}{`))
    if (twinned) out = out.slice(0, start) + out.slice(end + 1)
    else from = end + 1
  }
  return out
}

/**
 * The version of this trimming, which `src/app/index.css` also declares (`--keydeck-css-trim`):
 * Vite names the stylesheet after Tailwind's output, before this trimming, and browsers and the
 * service worker keep a hashed file for good, so a change here must change the name too. Bump
 * both together; the build fails while they differ.
 */
export const TRIM_VERSION = 1

/** Applies {@link trimTailwindCss} to the stylesheet Tailwind built (build only: dev keeps Tailwind's). */
export function trimTailwindCssPlugin(): Plugin {
  return {
    name: 'keydeck-trim-tailwind-css',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue
        const css = String(file.source)
        // Only Tailwind's own output (a feature's plain stylesheet, like the handout's print
        // rules, has nothing of this).
        if (!css.includes('tailwindcss v')) continue
        if (!css.includes(`--keydeck-css-trim:${TRIM_VERSION}`))
          throw new Error(
            `trim-tailwind-css: ${file.fileName} does not declare --keydeck-css-trim: ${TRIM_VERSION} (src/app/index.css)`,
          )
        file.source = trimTailwindCss(css)
      }
    },
  }
}
