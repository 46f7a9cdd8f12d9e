/**
 * The `aws kms …` command line that sends a given awsJson1_1 request (the body the console's
 * wire exchange shows: blobs in base64, maps as JSON objects), so a learner sees each console
 * action as the AWS CLI command that does the same (issue 13, item 6). Written so that the CLI
 * panel reads it back to the same request: flags from the model's argument table, in its order;
 * blobs as base64 text (CLI v2's default `--cli-binary-format base64`, aws-cli.md §3.3); maps,
 * structures and lists of structures as JSON (§3.2); string lists as one word per item; words
 * quoted for a POSIX shell (`quoteWord`), so the line also runs as is in a real terminal.
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-types.html
 */
import { findSubcommand } from './arg-table.ts'
import type { ShapeModel } from './kms-model.ts'
import { quoteWord } from './shell-words.ts'
import { xformName } from './xform-name.ts'

// `file://` and `fileb://` values are read from a file by the CLI (paramfile.py); a value that
// starts so cannot be given as a flag.
const PARAM_FILE = /^fileb?:\/\//i

/** A string the CLI would take as written after its flag: not a file, not an option. */
const plain = (text: string) => !PARAM_FILE.test(text) && !text.startsWith('-')

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The words after the flag, or undefined when the value cannot be written as a flag (a string
 * that starts with `file://`, a type the model does not give it): such members go into
 * `--cli-input-json`, whose values the CLI takes as they are.
 */
function flagWords(flag: string, shape: ShapeModel, value: unknown): string[] | undefined {
  switch (shape.type) {
    case 'string':
    case 'blob':
      if (typeof value !== 'string' || PARAM_FILE.test(value)) return undefined
      // argparse takes a word that starts with `-` for an option; `--flag=value` is one word.
      return value.startsWith('-') ? [`${flag}=${quoteWord(value)}`] : [flag, quoteWord(value)]
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined
      return value < 0 ? [`${flag}=${value}`] : [flag, String(value)]
    case 'map':
    case 'structure':
      return isObject(value) ? [flag, quoteWord(JSON.stringify(value))] : undefined
    case 'list': {
      if (!Array.isArray(value)) return undefined
      const items = value as unknown[]
      // One word per item, as learners type `--tag-keys Project Team`; else one JSON list (a
      // single item that starts with `[` would be read as JSON, aws-cli.md §3.2).
      const asWords =
        items.length > 0 &&
        items.every((item) => typeof item === 'string' && plain(item)) &&
        !(items.length === 1 && (items[0] as string).trimStart().startsWith('['))
      return asWords
        ? [flag, ...items.map((item) => quoteWord(item as string))]
        : [flag, quoteWord(JSON.stringify(items))]
    }
    default:
      return undefined
  }
}

/**
 * `operation` is the API name (`Encrypt`), `request` its JSON body. Undefined for an operation
 * the CLI does not have.
 */
export function toCliCommand(operation: string, request: unknown): string | undefined {
  const subcommand = findSubcommand(xformName(operation))
  if (!subcommand) return undefined
  const body = isObject(request) ? request : {}
  const words = ['aws', 'kms', subcommand.name]
  const rest: Record<string, unknown> = {}
  const written = new Set<string>()
  for (const argument of subcommand.arguments) {
    const { member, shape } = argument
    if (!shape || written.has(member) || !(member in body)) continue
    const value = body[member]
    if (value === undefined) continue
    written.add(member)
    if (shape.type === 'boolean') {
      if (typeof value !== 'boolean') rest[member] = value
      else words.push(value ? `--${xformName(member)}` : `--no-${xformName(member)}`)
      continue
    }
    const more = flagWords(argument.flag, shape, value)
    if (more) words.push(...more)
    else rest[member] = value
  }
  // Members the model does not know are sent too, so the service answers as it does to them.
  for (const [member, value] of Object.entries(body))
    if (!written.has(member) && value !== undefined) rest[member] = value
  if (Object.keys(rest).length > 0) words.push('--cli-input-json', quoteWord(JSON.stringify(rest)))
  return words.join(' ')
}
