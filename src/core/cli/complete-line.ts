/**
 * Tab completion for the CLI panel: the subcommand after `aws kms`, a flag of that subcommand
 * (or a global option) after `--`, and a key id or alias after `--key-id`, `--target-key-id`
 * and the other key flags. Returns the line completed as far as every candidate agrees, and
 * the candidates, so a second Tab can list them.
 */
import { findSubcommand, SUBCOMMANDS } from './arg-table.ts'
import { GLOBAL_OPTIONS } from './global-options.ts'

export interface Completion {
  readonly line: string
  readonly candidates: readonly string[]
}

const KEY_FLAGS = new Set([
  '--key-id',
  '--target-key-id',
  '--destination-key-id',
  '--source-key-id',
])

export function completeLine(line: string, keys: readonly string[]): Completion {
  const start = line.search(/\S*$/)
  const word = line.slice(start)
  const before = line.slice(0, start).trim().split(/\s+/).filter(Boolean)
  let candidates: string[] = []
  if (before[0] === 'aws' && before.length === 1) candidates = ['kms']
  else if (before[0] === 'aws' && before[1] === 'kms' && before.length === 2)
    candidates = SUBCOMMANDS.map((s) => s.name)
  else if (before[0] === 'aws' && before[1] === 'kms') {
    const subcommand = findSubcommand(before[2] ?? '')
    if (KEY_FLAGS.has(before.at(-1) ?? '')) candidates = [...keys]
    else if (word.startsWith('-') && subcommand) {
      const used = new Set(before)
      candidates = [
        ...subcommand.arguments.filter((a) => !a.hidden).map((a) => a.flag),
        ...GLOBAL_OPTIONS.map((o) => o.flag),
      ].filter((flag) => !used.has(flag))
    }
  } else if (before.length === 0) candidates = ['aws', 'echo', 'base64', 'cat', 'ls', 'rm', 'clear']
  const matching = candidates.filter((c) => c.startsWith(word))
  if (matching.length === 0) return { line, candidates: [] }
  const prefix = matching.reduce((common, c) => {
    let i = 0
    while (i < common.length && common[i] === c[i]) i++
    return common.slice(0, i)
  })
  const completed = line.slice(0, start) + prefix + (matching.length === 1 ? ' ' : '')
  return { line: completed, candidates: matching }
}
