/**
 * Converts the Markdown of a card's front or back into {@link RichText}. Runs at build time only.
 * It accepts a deliberate subset (paragraphs, lists, fenced code, bold, italic, inline code,
 * links) and reports anything else with its line, so what an editor writes is what learners see.
 * @see https://spec.commonmark.org/ (parsed by mdast-util-from-markdown)
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Nodes, PhrasingContent, RootContent } from 'mdast'
import type { Block, Inline, RichText } from './rich-text.ts'

export interface MarkdownProblem {
  /** 1-based line within the converted text. */
  readonly line: number
  readonly message: string
}

export interface Converted<T> {
  readonly value: T
  readonly problems: readonly MarkdownProblem[]
}

const SUPPORTED = 'use paragraphs, lists, ``` code blocks, **bold**, *italic*, `code` and links'

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1
}

function isAllowedHref(href: string): boolean {
  if (href.startsWith('/')) return /^\/[\w\-/]*$/.test(href)
  try {
    return new URL(href).protocol === 'https:'
  } catch {
    return false
  }
}

function convertInlines(nodes: readonly PhrasingContent[], problems: MarkdownProblem[]): Inline[] {
  const out: Inline[] = []
  const push = (node: Inline) => {
    const last = out[out.length - 1]
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node
    else out.push(node)
  }
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(node.value.replace(/\s*\n\s*/g, ' '))
        break
      case 'strong':
      case 'emphasis':
        push({
          t: node.type === 'strong' ? 'strong' : 'em',
          c: convertInlines(node.children, problems),
        })
        break
      case 'inlineCode':
        push({ t: 'code', v: node.value })
        break
      case 'break':
        push({ t: 'br' })
        break
      case 'link':
        if (!isAllowedHref(node.url)) {
          problems.push({
            line: lineOf(node),
            message: `link '${node.url}' must be https:// or an app route like /sandbox/keys`,
          })
        }
        push({ t: 'link', href: node.url, c: convertInlines(node.children, problems) })
        break
      default:
        problems.push({
          line: lineOf(node),
          message: `unsupported Markdown (${node.type}): ${SUPPORTED}`,
        })
    }
  }
  return out
}

function convertBlocks(nodes: readonly RootContent[], problems: MarkdownProblem[]): Block[] {
  const out: Block[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push({ t: 'p', c: convertInlines(node.children, problems) })
        break
      case 'list':
        out.push({
          t: node.ordered ? 'ol' : 'ul',
          items: node.children.map((item) => convertBlocks(item.children, problems)),
        })
        break
      case 'code':
        out.push(
          node.lang ? { t: 'pre', v: node.value, lang: node.lang } : { t: 'pre', v: node.value },
        )
        break
      default:
        problems.push({
          line: lineOf(node),
          message: `unsupported Markdown (${node.type}): ${SUPPORTED}`,
        })
    }
  }
  return out
}

export function markdownToRichText(markdown: string): Converted<RichText> {
  const problems: MarkdownProblem[] = []
  const value = convertBlocks(fromMarkdown(markdown).children, problems)
  // An inline tag pair (<b>…</b>) is two nodes on one line: report each problem once.
  const unique = [...new Map(problems.map((p) => [`${p.line}:${p.message}`, p])).values()]
  return { value, problems: unique }
}

/** For one-line texts such as an `updated:` note: a single paragraph's inline content. */
export function markdownToInlines(markdown: string): Converted<readonly Inline[]> {
  const { value, problems } = markdownToRichText(markdown)
  const [first, ...rest] = value
  if (!first || first.t !== 'p' || rest.length > 0) {
    return {
      value: [],
      problems: [...problems, { line: 1, message: 'expected a single line of text' }],
    }
  }
  return { value: first.c, problems }
}
