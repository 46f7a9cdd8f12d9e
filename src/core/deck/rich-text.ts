/**
 * A compact, JSON-safe tree for card text. The deck compiler turns each card's Markdown into it at
 * build time, so the app renders React elements from data and never ships a Markdown parser or
 * sets HTML.
 */
export type Inline =
  | string
  | { readonly t: 'strong' | 'em'; readonly c: readonly Inline[] }
  | { readonly t: 'code'; readonly v: string }
  | { readonly t: 'link'; readonly href: string; readonly c: readonly Inline[] }
  | { readonly t: 'br' }

export type Block =
  | { readonly t: 'p'; readonly c: readonly Inline[] }
  | { readonly t: 'ul' | 'ol'; readonly items: readonly (readonly Block[])[] }
  | { readonly t: 'pre'; readonly v: string; readonly lang?: string }

export type RichText = readonly Block[]

/** The text a reader sees, without markup: used for search and for accessible labels. */
export function inlineToPlainText(inlines: readonly Inline[]): string {
  let out = ''
  for (const node of inlines) {
    if (typeof node === 'string') out += node
    else if (node.t === 'code') out += node.v
    else if (node.t === 'br') out += ' '
    else out += inlineToPlainText(node.c)
  }
  return out
}

export function richTextToPlainText(blocks: RichText): string {
  const parts: string[] = []
  for (const block of blocks) {
    if (block.t === 'p') parts.push(inlineToPlainText(block.c))
    else if (block.t === 'pre') parts.push(block.v)
    else for (const item of block.items) parts.push(richTextToPlainText(item))
  }
  return parts.join(' ')
}
