import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineEntryCss } from './vite-plugin-inline-entry-css.ts'

const CSS = 'body{margin:0}'
const page = (links: string) =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'" />\n${links}<title>KeyDeck</title>`
const LINK = '<link rel="stylesheet" crossorigin href="/keydeck/assets/index-abc.css">\n'
const read = (name: string) => (name === 'assets/index-abc.css' ? CSS : undefined)

describe('the entry stylesheet inlined into index.html', () => {
  it('replaces the link with the sheet and allows exactly its hash in the meta policy', () => {
    const html = inlineEntryCss(page(LINK), '/keydeck/', read)
    const hash = createHash('sha256').update(CSS).digest('base64')
    // The link stays, disabled (never fetched), so Vite's preload helper knows the sheet is in.
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" crossorigin href="/keydeck/assets/index-abc.css" disabled>',
    ])
    expect(html).toContain(`<style data-entry-css>${CSS}</style>`)
    expect(html).toContain(`style-src 'self' 'sha256-${hash}';`)
  })

  it('fails the build rather than guess: no link, two links, an unknown file, no policy', () => {
    expect(() => inlineEntryCss(page(''), '/keydeck/', read)).toThrow(/found 0/)
    expect(() => inlineEntryCss(page(LINK + LINK), '/keydeck/', read)).toThrow(/found 2/)
    expect(() => inlineEntryCss(page(LINK), '/', read)).toThrow(/no asset/)
    expect(() => inlineEntryCss(`${LINK}<title>`, '/keydeck/', read)).toThrow(/meta policy/)
  })
})
