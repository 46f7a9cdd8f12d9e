/**
 * `--output table`, a port of the AWS CLI's `TableFormatter` (formatter.py) and `MultiTable`
 * (table.py) with colour off and stdout not a terminal (width 80): sections titled by the
 * operation and by each nested key, columns sized to the longest cell + 4 and scaled with
 * Python's `round()`, and single-row sections turned into key/value rows when the table is
 * wider than 80 columns.
 * @see https://github.com/aws/aws-cli/blob/v2/awscli/table.py
 */
import {
  isFalsy,
  isObject,
  isScalar,
  pythonStr,
  sortedKeys,
  type OutputObject,
  type OutputValue,
} from './output-value.ts'
import { textWidth } from './text-width.ts'

const TERMINAL_WIDTH = 80

interface Section {
  title: string
  headers: string[]
  rows: string[][]
  indent: number
  maxWidths: number[]
}

const newSection = (title: string, indent: number): Section => ({
  title,
  headers: [],
  rows: [],
  indent,
  maxWidths: [],
})

function updateMaxWidths(section: Section, cells: readonly string[]) {
  if (section.maxWidths.length === 0) section.maxWidths = cells.map(textWidth)
  else
    cells.forEach(
      (c, i) => (section.maxWidths[i] = Math.max(textWidth(c), section.maxWidths[i] ?? 0)),
    )
}

function addHeader(section: Section, headers: string[]) {
  updateMaxWidths(section, headers)
  section.headers = headers
}

function addRow(section: Section, row: readonly OutputValue[]) {
  const cells = row.map((v) => pythonStr(v))
  section.rows.push(cells)
  updateMaxWidths(section, cells)
}

/** The table for `response` titled `title` (the operation name); '' when it prints nothing. */
export function formatTable(title: string, response: OutputValue): string {
  const sections: Section[] = []
  const state = { current: undefined as Section | undefined }
  const open = (t: string, indent: number) => {
    state.current = newSection(t, indent)
    sections.push(state.current)
  }
  const current = () => state.current!

  function build(t: string | undefined, value: OutputValue, indent = 0): boolean {
    if (isFalsy(value)) return false
    if (t !== undefined) open(t, indent)
    if (Array.isArray(value)) {
      const list = value as readonly OutputValue[]
      if (isObject(list[0])) buildFromList(list, indent, t)
      else
        for (const item of list) {
          if (isScalar(item)) addRow(current(), [item])
          else if (Array.isArray(item) && (item as OutputValue[]).every(isScalar))
            addRow(current(), item as OutputValue[])
          else build(undefined, item)
        }
    }
    if (isObject(value)) buildFromDict(value, indent)
    return true
  }

  function buildFromDict(value: OutputObject, indent: number) {
    const [headers, more] = groupScalarKeys(value)
    if (headers.length === 1) addRow(current(), [headers[0]!, value[headers[0]!]!])
    else if (headers.length) {
      addHeader(current(), headers)
      addRow(
        current(),
        headers.map((k) => value[k]!),
      )
    }
    for (const key of more) build(key, value[key]!, indent + 1)
  }

  function buildFromList(list: readonly OutputValue[], indent: number, t: string | undefined) {
    const headers = new Set<string>()
    const more = new Set<string>()
    for (const item of list) {
      if (!isObject(item)) continue
      const [h, m] = groupScalarKeys(item)
      h.forEach((k) => headers.add(k))
      m.forEach((k) => more.add(k))
    }
    const headerList = sortedKeys(headers)
    const moreList = sortedKeys(more)
    addHeader(current(), headerList)
    list.forEach((element, i) => {
      if (i > 0 && moreList.length) {
        open(t ?? '', indent)
        addHeader(current(), headerList)
      }
      const item = isObject(element) ? element : {}
      addRow(
        current(),
        headerList.map((h) => (h in item ? item[h]! : '')),
      )
      for (const key of moreList) if (key in item) build(key, item[key]!, indent + 1)
    })
  }

  if (!build(title, response)) return ''
  return render(sections)
}

function groupScalarKeys(value: OutputObject): [string[], string[]] {
  const headers: string[] = []
  const more: string[] = []
  for (const [key, v] of Object.entries(value)) (isScalar(v) ? headers : more).push(key)
  return [sortedKeys(headers), sortedKeys(more)]
}

/** Python's `round()`: halves go to the even integer. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x)
  const diff = x - floor
  if (diff > 0.5) return floor + 1
  if (diff < 0.5) return floor
  return floor % 2 === 0 ? floor : floor + 1
}

function columnWidths(section: Section, padding: number, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((w) => w + padding)
  if (maxWidth === undefined || unscaled.length === 0) return unscaled
  const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0)
  const scaled = unscaled.map((w) => roundHalfEven(scale * w))
  let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth
  while (offBy !== 0) {
    const order = scaled.map((_, i) => i)
    if (offBy < 0) order.reverse()
    for (const i of order) {
      if (offBy > 0) {
        scaled[i]! -= 1
        offBy -= 1
      } else {
        scaled[i]! += 1
        offBy += 1
      }
      if (offBy === 0) break
    }
  }
  return scaled
}

function totalWidth(section: Section): number {
  const padding = 4
  const border = 2
  const outer = section.indent
  const total =
    columnWidths(section, 0).reduce((sum, w) => sum + w + padding, 0) + border + 2 * outer
  return Math.max(textWidth(section.title) + border + 2 * outer, total)
}

function maxTableWidth(sections: readonly Section[]): number {
  return Math.max(...sections.map(totalWidth))
}

/** A section with headers and exactly one row becomes `header | value` rows. */
function toVertical(sections: Section[]) {
  sections.forEach((section, i) => {
    if (section.rows.length === 1 && section.headers.length) {
      const vertical = newSection(section.title, section.indent)
      section.headers.forEach((header, c) => addRow(vertical, [header, section.rows[0]![c]!]))
      sections[i] = vertical
    }
  })
}

function centerText(text: string, length: number, left: string, right: string): string {
  const textLength = textWidth(text)
  const start = Math.floor(length / 2) - Math.floor(textLength / 2) - 1
  const soFar = left.length + start + textLength
  return (
    left +
    ' '.repeat(Math.max(0, start)) +
    text +
    ' '.repeat(Math.max(0, length - right.length - soFar)) +
    right
  )
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const textLength = textWidth(text)
  const padding = length - (textLength + 2 + left.length + right.length) >= 0 ? 2 : 0
  const soFar = left.length + padding + textLength
  return (
    left +
    ' '.repeat(padding) +
    text +
    ' '.repeat(Math.max(0, length - soFar - right.length)) +
    right
  )
}

function lineBreak(widths: readonly number[]): string {
  return (
    widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('') +
    '\n'
  )
}

function render(sections: Section[]): string {
  let width = maxTableWidth(sections)
  if (width > TERMINAL_WIDTH) {
    toVertical(sections)
    width = maxTableWidth(sections)
  }
  const out: string[] = [`${'-'.repeat(width)}\n`]
  for (const section of sections) {
    const bars = '|'.repeat(section.indent)
    const write = (line: string) => out.push(`${bars}${line.slice(0, -1)}${bars}\n`)
    const inner = width - 2 * section.indent
    if (section.title) {
      write(`${centerText(section.title, inner, '|', '|')}\n`)
      if (!section.headers.length && !section.rows.length) write(`+${'-'.repeat(inner - 2)}+\n`)
    }
    if (section.headers.length) {
      const widths = columnWidths(section, 4, inner)
      write(lineBreak(widths))
      write(
        `${section.headers.map((h, i) => centerText(h, widths[i]!, i === 0 ? '|' : '', '|')).join('')}\n`,
      )
    }
    if (section.rows.length) {
      const widths = columnWidths(section, 4, inner)
      if (widths.length) {
        write(lineBreak(widths))
        for (const row of section.rows)
          write(
            `${row.map((cell, i) => alignLeft(cell, widths[i]!, i === 0 ? '|' : '', '|')).join('')}\n`,
          )
        write(lineBreak(widths))
      }
    }
  }
  return out.join('')
}
