/**
 * Puts the entry's stylesheet inside the built index.html as one `<style>`, allowed by its SHA-256
 * hash in the page's Content-Security-Policy (the `<meta>` one, which vite-plugin-csp.ts writes).
 *
 * Why (issue 10, item 5): the first card is painted from the HTML (vite-plugin-first-visit.ts),
 * and what it still waited for was the stylesheet: requested about 20 ms after the HTML arrived,
 * beside the entry's scripts, and in before the paint only some 25 ms later. Measured with the
 * scripts left out, the first-visit card painted at 82–96 ms with the stylesheet linked and at
 * 64 ms with it inline (a one-line static page: 44 ms).
 *
 * The hash is the build's: it changes with the CSS, so it lives in the meta policy of the same
 * file. The header policy (preview server, deploy/security-headers.conf) stays one constant text
 * and allows inline styles; a browser enforces every policy it is given, so the meta's hash is
 * what decides for the page (CSP3 §"multiple policies").
 * @see https://www.w3.org/TR/CSP3/#multiple-policies
 */
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/** The attribute that marks the inlined sheet (the page-weight test counts its bytes). */
export const INLINE_CSS_ATTRIBUTE = 'data-entry-css'
const META_STYLE_SRC = "style-src 'self'"

export function inlineEntryCssPlugin(): Plugin {
  let base = '/'
  return {
    name: 'keydeck-inline-entry-css',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    // After every other plugin's generateBundle: the HTML is written and the CSS final (trimmed by
    // trim-tailwind-css.ts), so the hash is that of the bytes inlined.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const page = bundle['index.html']
        if (page?.type !== 'asset') throw new Error('inline entry CSS: no index.html')
        page.source = inlineEntryCss(String(page.source), base, (fileName) => {
          const asset = bundle[fileName]
          return asset?.type === 'asset' ? String(asset.source) : undefined
        })
      },
    },
  }
}

/** index.html with its one stylesheet link replaced by the sheet, and the sheet's hash allowed. */
export function inlineEntryCss(
  html: string,
  base: string,
  readAsset: (fileName: string) => string | undefined,
): string {
  const links = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">\n?/g)]
  if (links.length !== 1) {
    throw new Error(`inline entry CSS: expected one stylesheet link, found ${links.length}`)
  }
  const [link, href] = links[0] as unknown as [string, string]
  const css = readAsset(href.slice(base.length))
  if (css === undefined) throw new Error(`inline entry CSS: no asset ${href}`)
  if (css.includes('</style')) throw new Error('inline entry CSS: the sheet closes a <style>')
  if (!html.includes(META_STYLE_SRC)) {
    throw new Error(`inline entry CSS: the meta policy has no "${META_STYLE_SRC}"`)
  }
  const hash = createHash('sha256').update(css).digest('base64')
  return (
    html
      // The link stays, disabled, so it is never fetched: Vite's preload helper, when a lazy screen
      // loads, adds the stylesheets its chunks list (the entry's among them) unless a
      // <link rel=stylesheet> with that href is already in the page. Without it, the first lazy
      // screen fetched the sheet again and applied every rule a second time.
      .replace(
        link,
        `<style ${INLINE_CSS_ATTRIBUTE}>${css}</style>\n${link.replace('>', ' disabled>')}`,
      )
      .replace(META_STYLE_SRC, `${META_STYLE_SRC} 'sha256-${hash}'`)
  )
}
