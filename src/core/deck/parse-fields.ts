/**
 * The field lines under a card heading (`tags: a, b`, `source: https://…`). Each parser returns
 * the value or a message; the file parser adds the location.
 */
import { isPlannedSandboxScenario } from './planned-sandbox-scenarios.ts'
import { isSandboxScenario, SANDBOX_SCENARIOS, type SandboxScenario } from './sandbox-scenarios.ts'

export const FIELD_NAMES = ['tags', 'source', 'updated', 'try', 'from-notes'] as const
export type FieldName = (typeof FIELD_NAMES)[number]

/** Fields that may appear more than once on a card. */
export const REPEATABLE_FIELDS: ReadonlySet<FieldName> = new Set(['source'])

export function isFieldName(name: string): name is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(name)
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value })
const fail = (message: string): FieldResult<never> => ({ ok: false, message })

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isSlug(text: string): boolean {
  return SLUG.test(text)
}

export function parseTags(value: string): FieldResult<string[]> {
  const tags = value.split(',').map((t) => t.trim())
  const bad = tags.find((t) => !isSlug(t))
  if (bad !== undefined) return fail(`tag '${bad}' must be lower-case words joined by '-'`)
  if (new Set(tags).size !== tags.length) return fail('a tag is listed twice')
  return ok(tags)
}

export function parseSource(value: string): FieldResult<string> {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return fail(`source '${value}' is not a URL`)
  }
  if (url.protocol !== 'https:') return fail(`source '${value}' must be an https:// URL`)
  if (!/(^|\.)amazon\.com$|(^|\.)aws$|(^|\.)amazonaws\.com$/.test(url.hostname)) {
    return fail(`source '${value}' must be AWS documentation (an amazon.com or aws host)`)
  }
  return ok(url.href)
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s+(\S.*)$/

/**
 * `updated: 2022-05 The notes say …`: a date, then the note. The date is as precise as AWS
 * documents the change: a year (`2021`, when AWS gives only the year), a month or a day.
 */
export function parseUpdated(value: string): FieldResult<{ date: string; text: string }> {
  const match = DATE.exec(value)
  if (!match)
    return fail(
      "updated must be 'YYYY[-MM[-DD]] what changed', e.g. '2022-05 AWS managed keys now rotate yearly'",
    )
  const [, year, month, day, text] = match as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
    string,
  ]
  if (month === undefined) return ok({ date: year, text })
  const m = Number(month)
  const d = day === undefined ? 1 : Number(day)
  const probe = new Date(Date.UTC(Number(year), m - 1, d))
  if (m < 1 || m > 12 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return fail(`'${year}-${month}${day ? '-' + day : ''}' is not a real date`)
  }
  return ok({ date: day ? `${year}-${month}-${day}` : `${year}-${month}`, text })
}

/**
 * `try: rotation` → the scenario `rotation`. Only the available scenarios of sandbox-scenarios.ts
 * may be named; a planned one (planned-sandbox-scenarios.ts) is refused until the simulator can
 * show it.
 */
export function parseTry(value: string): FieldResult<SandboxScenario> {
  if (isSandboxScenario(value)) return ok(value)
  if (isPlannedSandboxScenario(value)) {
    return fail(
      `try '${value}' names a sandbox scenario that is planned but not available yet; remove the line and add the card to '${value}' in planned-sandbox-scenarios.ts`,
    )
  }
  const known = Object.keys(SANDBOX_SCENARIOS).join(', ')
  const asName = /^\/sandbox\/([a-z0-9-]+)$/.exec(value)?.[1]
  if (asName && isSandboxScenario(asName)) {
    return fail(`try '${value}' is a URL; write the scenario's name: 'try: ${asName}'`)
  }
  return fail(`try '${value}' is not a sandbox scenario; use one of: ${known}`)
}

/** `from-notes: 12, 14-16` → [12, 14, 15, 16]: lines of cards/source-notes.txt. */
export function parseFromNotes(value: string): FieldResult<number[]> {
  const lines: number[] = []
  for (const part of value.split(',').map((p) => p.trim())) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part)
    if (!match) return fail(`from-notes '${part}' must be a line number or a range like 12-14`)
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    if (from < 1 || to < from) return fail(`from-notes range '${part}' is empty`)
    for (let n = from; n <= to; n++) lines.push(n)
  }
  return ok(lines)
}
