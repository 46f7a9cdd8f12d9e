/**
 * Counts the questions a card's front asks, so the compiler can refuse a front that asks two
 * (issue 15, item 3: one fact per card). A question is counted
 * - for each `?` that ends a sentence (followed, after any closing quote or bracket, by a space or
 *   the end of the text), and
 * - for each second question joined to a sentence by a comma and "and" plus a question word:
 *   "What does `ReEncrypt` do, and why is it safer…?" asks two.
 * "…, or …" is not counted: "Is it X, or Y?" is one question with alternatives. Code (inline or
 * in blocks) is skipped, so a `?` in a policy or a command does not count.
 */
import type { Inline, RichText } from './rich-text.ts'

const SENTENCE_QUESTION = /\?(?=["'”’)\]]*(?:\s|$))/g
const JOINED_QUESTION =
  /,\s+and\s+(?:what|which|how|why|when|where|who|whose|does|do|did|is|are|was|were|can|could|should|must|will|would)\b/gi

export function countFrontQuestions(front: RichText): number {
  const text = proseOf(front)
  return (text.match(SENTENCE_QUESTION) ?? []).length + (text.match(JOINED_QUESTION) ?? []).length
}

/** The prose of the text, code replaced by a placeholder word. */
function proseOf(blocks: RichText): string {
  return blocks
    .map((block) =>
      block.t === 'p'
        ? inlineProse(block.c)
        : block.t === 'pre'
          ? ''
          : block.items.map(proseOf).join('\n'),
    )
    .join('\n')
}

function inlineProse(nodes: readonly Inline[]): string {
  return nodes
    .map((node) =>
      typeof node === 'string'
        ? node
        : node.t === 'code'
          ? 'code'
          : node.t === 'br'
            ? ' '
            : inlineProse(node.c),
    )
    .join('')
}
