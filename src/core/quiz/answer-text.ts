/**
 * A card's back as one multiple-choice option: plain text, one line, short enough to read from
 * the back of a room (at most {@link OPTION_MAX_CHARS} characters). Card backs run to several
 * paragraphs, lists and policy JSON; the first block carries the answer (cards/README.md: the
 * fact first), so the option is built from it:
 *
 * - a paragraph as it is; one that introduces a list ("…, so:") with that list's items;
 * - a list as its items joined with "; " (an enumeration is answered by the whole list);
 * - code is left out: JSON on a projector is unreadable, and a lead-in that introduces it keeps
 *   its words without the colon; a back that starts with code gives no option;
 * - then, when too long, whole sentences up to the limit, else a cut at a word with "…".
 */
import type { Block, RichText } from '../deck/index.ts'
import { inlineToPlainText, richTextToPlainText } from '../deck/index.ts'

export const OPTION_MAX_CHARS = 160
/** Below this, keeping only whole sentences would drop too much of the answer: cut words instead. */
const MIN_SENTENCE_CUT = 60

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

function listText(block: Extract<Block, { t: 'ul' | 'ol' }>): string {
  return block.items
    .map((item) => oneLine(richTextToPlainText(item)).replace(/[.;]$/, ''))
    .join('; ')
}

/**
 * True when the back opens with "Yes" or "No": such a card asks a yes/no question, and three
 * other cards' answers next to its "No. …" would give the right one away (and "Yes. …" from
 * another card would answer it too), so the quiz leaves these cards out on both sides.
 */
export function isYesNoAnswer(back: RichText): boolean {
  return /^(?:yes|no)\b/i.test(oneLine(richTextToPlainText(back)))
}

/** The option text for a card's back, or undefined when its first block is code or empty. */
export function answerOption(back: RichText): string | undefined {
  const [first, next] = back
  if (first === undefined || first.t === 'pre') return undefined
  let text: string
  if (first.t === 'p') {
    text = oneLine(inlineToPlainText(first.c))
    if (text.endsWith(':') && next !== undefined) {
      text = next.t === 'pre' ? text.slice(0, -1).trimEnd() : `${text} ${oneLine(blockText(next))}`
    }
  } else {
    text = listText(first)
  }
  return text === '' ? undefined : shortenOption(text)
}

function blockText(block: Block): string {
  if (block.t === 'p') return inlineToPlainText(block.c)
  if (block.t === 'pre') return block.v
  return listText(block)
}

// A full stop, ! or ? before white space ends a sentence, unless it closes "e.g.", "i.e." or "etc.".
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?=\s)/g

/** `text` within {@link OPTION_MAX_CHARS}: whole sentences if they say enough, else cut at a word. */
export function shortenOption(text: string, max = OPTION_MAX_CHARS): string {
  if (text.length <= max) return text
  let sentences = 0
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + 1
    if (end > max) break
    sentences = end
  }
  if (sentences >= MIN_SENTENCE_CUT) return text.slice(0, sentences)
  const room = text.slice(0, max) // one character stays free for the ellipsis
  const space = room.lastIndexOf(' ')
  const cut = (space > 0 ? room.slice(0, space) : room.slice(0, max - 1)).replace(
    /[\s,;:(–-]+$/,
    '',
  )
  return `${cut}…`
}
