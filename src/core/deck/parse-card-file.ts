/**
 * Parses one topic file of `cards/` (format: cards/README.md). Line-based, so every problem is
 * reported with its line; the front and back bodies are Markdown, converted to RichText.
 */
import type { Card, CardId, Topic, UpdatedNote } from './card.ts'
import type { DeckError } from './deck-error.ts'
import type { SandboxScenario } from './sandbox-scenarios.ts'
import { countFrontQuestions } from './front-questions.ts'
import { markdownToInlines, markdownToRichText } from './markdown-to-rich-text.ts'
import {
  FIELD_NAMES,
  isFieldName,
  isSlug,
  parseFromNotes,
  parseSource,
  parseTags,
  parseTry,
  parseUpdated,
  REPEATABLE_FIELDS,
  type FieldName,
} from './parse-fields.ts'

/** A parsed card with where it was written, so cross-file checks can point at it. */
export interface LocatedCard {
  readonly card: Card
  readonly file: string
  readonly line: number
}

export interface ParsedCardFile {
  readonly topic: Topic | undefined
  readonly cards: readonly LocatedCard[]
  readonly errors: readonly DeckError[]
}

const TOPIC_HEADING = /^# (\S.*)$/
const CARD_HEADING = /^## (.*)$/
const FIELD_LINE = /^([a-z][a-z-]*):\s*(.*)$/
const SEPARATOR = '---'
const FENCE = /^\s*(```|~~~)/

/** `cards/key-rotation.md` → `key-rotation`; numeric order prefixes (`01-`) are dropped. */
export function topicSlugOfFile(file: string): string {
  const base = file.split('/').pop() ?? file
  return base.replace(/\.md$/, '').replace(/^\d+-/, '')
}

interface RawCard {
  readonly id: string
  readonly line: number
  readonly lines: readonly { readonly text: string; readonly line: number }[]
}

export function parseCardFile(file: string, text: string): ParsedCardFile {
  const errors: DeckError[] = []
  const error = (line: number, message: string) => errors.push({ file, line, message })
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const slug = topicSlugOfFile(file)
  if (!isSlug(slug)) error(1, `file name '${file}' must be lower-case words joined by '-'`)

  let topic: Topic | undefined
  const raws: { id: string; line: number; lines: { text: string; line: number }[] }[] = []
  let inFence = false
  lines.forEach((text, index) => {
    const line = index + 1
    const current = raws[raws.length - 1]
    if (current && inFence) {
      current.lines.push({ text, line })
      if (FENCE.test(text)) inFence = false
      return
    }
    const cardHeading = CARD_HEADING.exec(text)
    if (cardHeading) {
      if (!topic) error(line, "a card comes before the file's '# Topic' heading")
      raws.push({ id: (cardHeading[1] ?? '').trim(), line, lines: [] })
      return
    }
    if (current) {
      if (FENCE.test(text)) inFence = true
      current.lines.push({ text, line })
      return
    }
    const topicHeading = TOPIC_HEADING.exec(text)
    if (topicHeading && !topic) {
      topic = { slug, title: (topicHeading[1] ?? '').trim() }
      return
    }
    if (text.trim() !== '') {
      error(
        line,
        topic
          ? "text outside a card: start a card with '## card-id'"
          : "the file must start with a '# Topic' heading",
      )
    }
  })
  if (!topic) error(1, "the file has no '# Topic' heading")
  if (inFence) error(lines.length, 'a ``` code block is not closed')

  const cards: LocatedCard[] = []
  for (const raw of raws) {
    const card = parseCard(raw, slug, error)
    if (card) cards.push({ card, file, line: raw.line })
  }
  return { topic, cards, errors }
}

function parseCard(
  raw: RawCard,
  topic: string,
  error: (line: number, message: string) => void,
): Card | undefined {
  let failures = 0
  const fail = (line: number, message: string) => {
    failures++
    error(line, message)
  }
  if (!isSlug(raw.id))
    fail(
      raw.line,
      `card id '${raw.id}' must be lower-case words joined by '-', e.g. '## kms-key-states'`,
    )

  // Field block: the lines right after the heading, up to the first blank line.
  const fields = new Map<FieldName, { value: string; line: number }[]>()
  let i = 0
  for (; i < raw.lines.length; i++) {
    const { text, line } = raw.lines[i]!
    if (text.trim() === '') break
    const match = FIELD_LINE.exec(text)
    if (!match) {
      fail(
        line,
        `expected a field ('name: value') or a blank line before the front; fields are ${FIELD_NAMES.join(', ')}`,
      )
      continue
    }
    const [, name = '', value = ''] = match
    if (!isFieldName(name)) {
      fail(line, `unknown field '${name}' (known: ${FIELD_NAMES.join(', ')})`)
      continue
    }
    const seen = fields.get(name) ?? []
    if (seen.length > 0 && !REPEATABLE_FIELDS.has(name))
      fail(line, `field '${name}' is given twice`)
    seen.push({ value: value.trim(), line })
    fields.set(name, seen)
  }

  // Body: front, a '---' line, back. Separators inside ``` code blocks do not count.
  const body = raw.lines.slice(i)
  let inFence = false
  let separator = -1
  let extraSeparator = -1
  body.forEach(({ text, line }, index) => {
    if (FENCE.test(text)) inFence = !inFence
    else if (!inFence && text.trim() === SEPARATOR) {
      if (separator === -1) separator = index
      else {
        if (extraSeparator === -1) extraSeparator = index
        fail(line, "a second '---' line: a card has one front and one back")
      }
    }
  })
  const front = separator === -1 ? body : body.slice(0, separator)
  const back =
    separator === -1
      ? []
      : body.slice(separator + 1, extraSeparator === -1 ? undefined : extraSeparator)
  const frontRich = convertBody(front, raw.line, 'front', fail)
  const questions = countFrontQuestions(frontRich)
  if (questions > 1)
    fail(
      front.find((l) => l.text.trim() !== '')?.line ?? raw.line,
      `the front asks ${questions} questions; a card asks one: split it into cards (the old id stays on the part that keeps its meaning)`,
    )
  if (separator === -1)
    fail(raw.line, `card '${raw.id}' has no back: put a '---' line between front and back`)
  const backRich = separator === -1 ? [] : convertBody(back, body[separator]!.line, 'back', fail)

  const one = (name: FieldName) => fields.get(name)?.[0]
  const tagsField = one('tags')
  let tags: string[] = []
  if (!tagsField) fail(raw.line, `card '${raw.id}' has no 'tags:' field`)
  else {
    const result = parseTags(tagsField.value)
    if (result.ok) tags = result.value
    else fail(tagsField.line, result.message)
  }

  const sources: string[] = []
  for (const field of fields.get('source') ?? []) {
    const result = parseSource(field.value)
    if (result.ok) sources.push(result.value)
    else fail(field.line, result.message)
  }

  let updated: UpdatedNote | undefined
  const updatedField = one('updated')
  if (updatedField) {
    const result = parseUpdated(updatedField.value)
    if (!result.ok) fail(updatedField.line, result.message)
    else {
      const text = markdownToInlines(result.value.text)
      for (const p of text.problems) fail(updatedField.line, `updated: ${p.message}`)
      updated = { date: result.value.date, text: text.value }
      if (sources.length === 0)
        fail(
          updatedField.line,
          "an 'updated:' note needs a 'source:' that shows what is true today",
        )
    }
  }

  let sandboxScenario: SandboxScenario | undefined
  const tryField = one('try')
  if (tryField) {
    const result = parseTry(tryField.value)
    if (result.ok) sandboxScenario = result.value
    else fail(tryField.line, result.message)
  }

  let fromNotes: number[] = []
  const notesField = one('from-notes')
  if (notesField) {
    const result = parseFromNotes(notesField.value)
    if (result.ok) fromNotes = result.value
    else fail(notesField.line, result.message)
  }

  if (failures > 0) return undefined
  return {
    id: raw.id as CardId,
    topic,
    tags,
    front: frontRich,
    back: backRich,
    ...(updated ? { updated } : {}),
    sources,
    ...(sandboxScenario ? { sandboxScenario } : {}),
    fromNotes,
  }
}

/** `anchorLine` (the card heading for a front, the '---' for a back) locates an empty side. */
function convertBody(
  lines: readonly { text: string; line: number }[],
  anchorLine: number,
  side: 'front' | 'back',
  fail: (line: number, message: string) => void,
) {
  const firstLine = lines[0]?.line ?? anchorLine
  const text = lines.map((l) => l.text).join('\n')
  if (text.trim() === '') {
    fail(anchorLine, `the ${side} is empty`)
    return []
  }
  const { value, problems } = markdownToRichText(text)
  for (const p of problems) fail(firstLine + p.line - 1, `${side}: ${p.message}`)
  return value
}
