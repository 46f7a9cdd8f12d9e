/**
 * `aws …` words to a parsed command, with Python argparse's semantics as the AWS CLI uses them
 * (aws-cli.md §1-2): global options anywhere, `--flag=value`, unique prefixes (an ambiguous one
 * is an error), the last of a repeated flag wins, list flags take every following word, a
 * missing required flag and an invalid choice are argparse errors, leftovers are
 * `Unknown options`.
 * @see https://github.com/aws/aws-cli/blob/v2/awscli/argparser.py
 * @see https://github.com/python/cpython/blob/3.11/Lib/argparse.py
 */
import { findSubcommand, SUBCOMMANDS, type CliArgument, type Subcommand } from './arg-table.ts'
import { CliError } from './cli-error.ts'
import { closeMatches } from './close-matches.ts'
import { GLOBAL_OPTIONS, type GlobalOption } from './global-options.ts'

export type ArgumentValue = string | readonly string[] | boolean

export type ParsedCommand =
  | { readonly kind: 'version' }
  | { readonly kind: 'help'; readonly subcommand?: Subcommand }
  | {
      readonly kind: 'operation'
      readonly globals: ReadonlyMap<string, string | true>
      readonly subcommand: Subcommand
      /** By member (or CLI option name), in the order given; the last flag of a member wins. */
      readonly values: ReadonlyMap<string, { argument: CliArgument; value: ArgumentValue }>
    }

interface OptionSpec {
  readonly flag: string
}

/** argparse's `_parse_optional`: which option a word is, if any. */
function matchOption<T extends OptionSpec>(
  word: string,
  options: readonly T[],
): { option: T; explicit?: string } | 'unknown' | 'positional' {
  if (!word.startsWith('-') || word.length === 1) return 'positional'
  const exact = options.find((o) => o.flag === word)
  if (exact) return { option: exact }
  const eq = word.indexOf('=')
  const name = eq >= 0 ? word.slice(0, eq) : word
  const explicit = eq >= 0 ? word.slice(eq + 1) : undefined
  const withExplicit = (option: T) => (explicit === undefined ? { option } : { option, explicit })
  const named = options.find((o) => o.flag === name)
  if (named) return withExplicit(named)
  if (word.startsWith('--')) {
    const prefixed = options.filter((o) => o.flag.startsWith(name))
    if (prefixed.length > 1)
      throw new CliError(
        'argparse',
        `ambiguous option: ${word} could match ${prefixed.map((o) => o.flag).join(', ')}`,
      )
    if (prefixed.length === 1) return withExplicit(prefixed[0]!)
  }
  if (/^-\d+$|^-\d*\.\d+$/.test(word) || word.includes(' ')) return 'positional'
  return 'unknown'
}

const looksLikeValue = <T extends OptionSpec>(word: string | undefined, options: readonly T[]) =>
  word !== undefined && matchOption(word, options) === 'positional'

function invalidChoice(argument: string, value: string, choices: readonly string[]): CliError {
  const matches = closeMatches(value, choices)
  const suggestion = matches.length
    ? `\nMaybe you meant:\n\n${matches.map((m) => `  * ${m}`).join('\n')}`
    : ''
  return new CliError(
    'argparse',
    `argument ${argument}: Found invalid choice '${value}'\n${suggestion}`,
  )
}

/** The main parser: global options out of the words, the first positional as the command. */
function parseGlobals(words: readonly string[]) {
  const globals = new Map<string, string | true>()
  const rest: string[] = []
  let command: string | undefined
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const match = matchOption<GlobalOption>(word, GLOBAL_OPTIONS)
    if (match === 'positional') {
      if (command === undefined) command = word
      else rest.push(word)
      continue
    }
    if (match === 'unknown') {
      rest.push(word)
      continue
    }
    const { option, explicit } = match
    if (!option.takesValue) {
      if (explicit !== undefined)
        throw new CliError(
          'argparse',
          `argument ${option.flag}: ignored explicit argument '${explicit}'`,
        )
      globals.set(option.flag, true)
      continue
    }
    let value = explicit
    if (value === undefined) {
      if (!looksLikeValue(words[i + 1], GLOBAL_OPTIONS))
        throw new CliError('argparse', `argument ${option.flag}: expected one argument`)
      value = words[++i]!
    }
    if (option.choices && !option.choices.includes(value))
      throw invalidChoice(option.flag, value, option.choices)
    globals.set(option.flag, value)
  }
  return { globals, command, rest }
}

export function parseCommand(words: readonly string[]): ParsedCommand {
  const { globals, command, rest } = parseGlobals(words)
  if (globals.has('--version')) return { kind: 'version' }
  if (command === undefined)
    throw new CliError('argparse', 'the following arguments are required: command')
  if (command === 'help') return { kind: 'help' }
  if (command !== 'kms') throw invalidChoice('command', command, ['kms', 'help'])

  // The service parser: the first positional is the operation.
  const opIndex = rest.findIndex((w) => !w.startsWith('-') || w.length === 1)
  if (opIndex < 0) throw new CliError('argparse', 'the following arguments are required: operation')
  const operationName = rest[opIndex]!
  const remaining = rest.filter((_, i) => i !== opIndex)
  if (operationName === 'help') return { kind: 'help' }
  const subcommand = findSubcommand(operationName)
  if (!subcommand)
    throw invalidChoice('operation', operationName, [...SUBCOMMANDS.map((s) => s.name), 'help'])
  if (remaining.length === 1 && remaining[0] === 'help') return { kind: 'help', subcommand }
  const { values, help } = parseArguments(subcommand, remaining)
  if (help) return { kind: 'help', subcommand }
  return { kind: 'operation', globals, subcommand, values }
}

/** The operation's parser: its flags; `help` is its one optional positional. */
function parseArguments(subcommand: Subcommand, words: readonly string[]) {
  const table = subcommand.arguments
  // argparse finds every option (and any ambiguity) before consuming anything.
  const matches = words.map((word) => matchOption(word, table))
  const values = new Map<string, { argument: CliArgument; value: ArgumentValue }>()
  const seen = new Set<CliArgument>()
  const extras: string[] = []
  let help: string | undefined
  const isValue = (i: number) => matches[i] === 'positional'
  for (let i = 0; i < words.length; i++) {
    const match = matches[i]!
    if (match === 'positional') {
      if (help === undefined) help = words[i]!
      else extras.push(words[i]!)
      continue
    }
    if (match === 'unknown') {
      extras.push(words[i]!)
      continue
    }
    const { option, explicit } = match
    seen.add(option)
    const set = (value: ArgumentValue) => {
      values.delete(option.member)
      values.set(option.member, { argument: option, value })
    }
    switch (option.action) {
      case 'true':
      case 'false':
        if (explicit !== undefined)
          throw new CliError(
            'argparse',
            `argument ${option.flag}: ignored explicit argument '${explicit}'`,
          )
        set(option.action === 'true')
        break
      case 'value':
        if (explicit !== undefined) set(explicit)
        else if (i + 1 < words.length && isValue(i + 1)) set(words[++i]!)
        else throw new CliError('argparse', `argument ${option.flag}: expected one argument`)
        break
      case 'list': {
        if (explicit !== undefined) {
          set([explicit])
          break
        }
        const list: string[] = []
        while (i + 1 < words.length && isValue(i + 1)) list.push(words[++i]!)
        set(list)
        break
      }
      case 'optional-value':
        if (explicit !== undefined) set(explicit)
        else if (i + 1 < words.length && isValue(i + 1)) set(words[++i]!)
        else set('input')
        break
    }
  }
  // With --cli-input-json/yaml or --generate-cli-skeleton no flag is required (cliinput.py);
  // the model's required members are then checked by the parameter validation.
  const relaxed = ['cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton'].some((m) =>
    values.has(m),
  )
  const missing = relaxed ? [] : table.filter((a) => a.required && !seen.has(a))
  if (missing.length)
    throw new CliError(
      'argparse',
      `the following arguments are required: ${missing.map((a) => a.flag).join(', ')}`,
    )
  if (help === 'help') return { values, help: true }
  if (help !== undefined) extras.push(help)
  if (extras.length) throw new CliError('unknown-options', `Unknown options: ${extras.join(', ')}`)
  return { values, help: false }
}
