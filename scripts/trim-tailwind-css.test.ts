import { describe, expect, it } from 'vitest'
import { trimTailwindCss, trimTailwindCssPlugin, TRIM_VERSION } from './trim-tailwind-css.ts'

// The shapes Tailwind 4.3 writes, minified by lightningcss as in the build.
const FALLBACK =
  '@layer properties{@supports (((-webkit-hyphens:none)) and (not (margin-trim:block))) or ((-moz-orient:inline) and (not (color:rgb(from red r g b)))){*,:before,:after,::backdrop{--tw-shadow:0 0 #0000;--tw-font-weight:initial}}}'
const PROPERTIES =
  '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}@property --tw-font-weight{syntax:"*";inherits:false}'
const UTILITIES =
  '@layer utilities{.bg-white\\/90{background-color:#ffffffe6}@supports (color:color-mix(in lab, red, red)){.bg-white\\/90{background-color:color-mix(in oklab, var(--color-white) 90%, transparent)}}.font-bold{--tw-font-weight:700;font-weight:700}}'
const PLACEHOLDER =
  '@layer base{::placeholder{color:currentColor}@supports (color:color-mix(in lab, red, red)){::placeholder{color:color-mix(in oklab, currentcolor 50%, transparent)}}}'
const CSS =
  '/*! tailwindcss v4.3.5 | MIT License | https://tailwindcss.com */\n' +
  FALLBACK +
  PLACEHOLDER +
  UTILITIES +
  PROPERTIES

describe('trimTailwindCss', () => {
  const out = trimTailwindCss(CSS)

  it('keeps the initial values for every browser and drops the @property rules', () => {
    expect(out).toContain(
      '@layer properties{*,:before,:after,::backdrop{--tw-shadow:0 0 #0000;--tw-font-weight:initial}}',
    )
    expect(out).not.toContain('@property')
    expect(out).not.toContain('-moz-orient')
  })

  it('drops a color-mix copy of a computed colour, and keeps one without a computed twin', () => {
    expect(out).toContain('.bg-white\\/90{background-color:#ffffffe6}')
    expect(out).not.toContain('var(--color-white) 90%')
    expect(out).toContain('color-mix(in oklab, currentcolor 50%, transparent)')
  })

  it('leaves everything else as it was', () => {
    expect(out).toBe(
      '/*! tailwindcss v4.3.5 | MIT License | https://tailwindcss.com */\n' +
        '@layer properties{*,:before,:after,::backdrop{--tw-shadow:0 0 #0000;--tw-font-weight:initial}}' +
        PLACEHOLDER +
        '@layer utilities{.bg-white\\/90{background-color:#ffffffe6}.font-bold{--tw-font-weight:700;font-weight:700}}',
    )
  })

  it('fails on a stylesheet Tailwind did not write this way', () => {
    expect(() => trimTailwindCss('.a{color:red}')).toThrow(/Tailwind's output changed/)
  })
})

describe('trimTailwindCssPlugin', () => {
  const build = (source: string) => {
    const bundle = {
      'assets/index-x.css': { type: 'asset', fileName: 'assets/index-x.css', source },
    }
    const hook = trimTailwindCssPlugin().generateBundle as (o: object, b: object) => void
    hook.call({}, {}, bundle)
    return bundle['assets/index-x.css'].source
  }

  it('trims a stylesheet that declares this version of the trimming', () => {
    expect(build(`${CSS}:root{--keydeck-css-trim:${TRIM_VERSION}}`)).not.toContain('@property')
  })

  it('leaves a stylesheet Tailwind did not build as it is', () => {
    expect(build('@media print{.a{color:#000}}')).toBe('@media print{.a{color:#000}}')
  })

  it('fails the build when the stylesheet declares another version (its name would not change)', () => {
    expect(() => build(`${CSS}:root{--keydeck-css-trim:${TRIM_VERSION + 1}}`)).toThrow(
      /does not declare --keydeck-css-trim/,
    )
  })
})
