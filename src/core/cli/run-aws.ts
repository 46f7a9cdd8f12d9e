/**
 * One `aws …` command, from its words to what AWS CLI v2 prints and its exit code, against a
 * KMS reached through `send` (awsJson1_1: the operation name and a JSON body in, the HTTP status
 * and body out). The pipeline of aws-cli.md §1: parse, `--query` check, unpack, blobs from
 * base64, validate, request (all pages), parse by the model, query, format.
 */
import jmespath from 'jmespath'
import { decodeBase64, encodeBase64 } from '../bytes/base64.ts'
import { utf8 } from '../bytes/utf8.ts'
import { shapeOf, type Subcommand } from './arg-table.ts'
import { CliError, renderCliError } from './cli-error.ts'
import { formatOutput, type FormattedResponse } from './format-output.ts'
import type { OutputFormat } from './global-options.ts'
import { helpText } from './help-text.ts'
import type { ShapeModel } from './kms-model.ts'
import type { OutputObject, OutputValue } from './output-value.ts'
import { parseCommand } from './parse-command.ts'
import { checkRegionName, regionFailure } from './region.ts'
import { parseResponse, type UtcOffset } from './parse-response.ts'
import { pythonInt, unpackArgument, type ParamValue, type ReadFile } from './unpack-values.ts'
import { validateParams } from './validate-params.ts'

export interface KmsTransport {
  /** `region` is the `--region` given, a commercial Region (undefined: the configured one). */
  (operation: string, body: string, region?: string): Promise<{ status: number; body: string }>
}

export interface AwsCliEnvironment {
  readonly send: KmsTransport
  readonly readFile: ReadFile
  /** The browser's UTC offset in minutes at an instant (east positive). */
  readonly utcOffsetMinutes: UtcOffset
}

export interface CommandResult {
  readonly stdout: string
  readonly stderr: string
  readonly exitCode: number
}

/** What `aws --version` prints. UNVERIFIED for a browser: an official Linux installer build. */
export const CLI_VERSION = 'aws-cli/2.36.7 Python/3.13.11 Linux/6.12.25 exe/x86_64.amzn.2023'

export async function runAws(
  words: readonly string[],
  env: AwsCliEnvironment,
): Promise<CommandResult> {
  try {
    return await run(words, env)
  } catch (error) {
    if (error instanceof CliError) return { stdout: '', ...renderCliError(error) }
    throw error
  }
}

async function run(words: readonly string[], env: AwsCliEnvironment): Promise<CommandResult> {
  const parsed = parseCommand(words)
  if (parsed.kind === 'version') return { stdout: `${CLI_VERSION}\n`, stderr: '', exitCode: 0 }
  if (parsed.kind === 'help')
    return { stdout: helpText(parsed.subcommand), stderr: '', exitCode: 0 }
  const { globals, subcommand, values } = parsed
  const query = globals.get('--query')
  if (typeof query === 'string') checkQuery(query)
  const format = (globals.get('--output') as OutputFormat | undefined) ?? 'json'
  const base64Blobs = globals.get('--cli-binary-format') !== 'raw-in-base64-out'

  // Unpack in arg table order; the CLI's own options are kept apart.
  const input: Record<string, ParamValue> = {}
  const options = new Map<string, string>()
  for (const argument of subcommand.arguments) {
    const entry = values.get(argument.member)
    if (!entry || entry.argument !== argument) continue
    if (!argument.shape) options.set(argument.member, entry.value as string)
    else input[argument.member] = unpackArgument(argument, entry.value, env.readFile)
  }
  const inputJson = options.get('cli-input-json')
  if (inputJson !== undefined) mergeInputJson(input, inputJson, env.readFile)

  const inputShape = subcommand.operation.input
  if (options.has('generate-cli-skeleton') && inputShape)
    return {
      stdout: `${JSON.stringify(skeleton(shapeOf(inputShape)), null, 4)}\n`,
      stderr: '',
      exitCode: 0,
    }
  const region = globals.get('--region') as string | undefined
  if (inputShape) {
    decodeBlobs(shapeOf(inputShape), input, base64Blobs)
    checkRegionName(region)
    const errors = validateParams(inputShape, input)
    if (errors.length)
      throw new CliError('param-validation', `Parameter validation failed:\n${errors.join('\n')}`)
  }

  const paging = pagingOptions(subcommand, options, globals, input)
  const response = await request(subcommand, input, paging, {
    ...env,
    send: (operation, body) => {
      const failure = regionFailure(region, operation)
      if (failure) throw failure
      return env.send(operation, body, region)
    },
  })
  return {
    stdout: formatOutput(format, subcommand.operation.name, response, query as string | undefined),
    stderr: paging.warning ?? '',
    exitCode: 0,
  }
}

/** A bad `--query` fails before any request (customizations/globalargs.py). */
function checkQuery(query: string) {
  try {
    ;(jmespath as unknown as { compile(e: string): unknown }).compile(query)
  } catch (error) {
    const message = (error as Error).message
    const detail = /\(EOF\)|Unexpected end/i.test(message)
      ? `Incomplete expression:\n"${query}"\n${' '.repeat(query.length + 1)}^`
      : // Python's wording of the other syntax errors is not pinned (aws-cli.md §10): the
        // JavaScript parser's message, in the same frame.
        `${message}, for expression:\n"${query}"`
    throw new CliError(
      'param-validation',
      `Bad value for --query ${query}: Invalid jmespath expression: ${detail}`,
    )
  }
}

function mergeInputJson(input: Record<string, ParamValue>, text: string, readFile: ReadFile) {
  const source = text.startsWith('file://')
    ? new TextDecoder().decode(readFile(text.slice(7)) ?? new Uint8Array())
    : text
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch {
    throw new CliError(
      'param-validation',
      "Error parsing parameter 'cli-input-json': Invalid JSON received.",
    )
  }
  if (typeof data !== 'object' || data === null) return
  // Flags given on the command line override the file's members.
  for (const [key, value] of Object.entries(data as Record<string, ParamValue>))
    if (!(key in input)) input[key] = value
}

/**
 * `cli_binary_format` (customizations/binaryformat.py): with `base64` (the default) every blob
 * member given as text is base64-decoded as Python's non-strict `b64decode` does (characters
 * outside the alphabet dropped, padding required), else `Invalid base64: "<value>"`.
 */
function decodeBlobs(shape: ShapeModel, value: ParamValue, base64: boolean): ParamValue {
  if (shape.type === 'blob' && typeof value === 'string') {
    if (!base64) return utf8(value)
    const bytes = pythonB64decode(value)
    if (!bytes) throw new CliError('generic', `Invalid base64: "${value}"`)
    return bytes
  }
  if (
    shape.type === 'structure' &&
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  ) {
    for (const [name, ref] of shape.members)
      if (value[name] !== undefined) value[name] = decodeBlobs(shapeOf(ref), value[name], base64)
  }
  if (shape.type === 'list' && Array.isArray(value))
    value.forEach((item, i) => (value[i] = decodeBlobs(shapeOf(shape.member), item, base64)))
  return value
}

function pythonB64decode(text: string): Uint8Array | undefined {
  const kept = text.replace(/[^A-Za-z0-9+/=]/g, '')
  const data = kept.replace(/=+$/, '')
  if (data.includes('=') || kept.length % 4 !== 0) return undefined
  return decodeBase64(kept)
}

/** The wire body: blobs as base64, timestamps as epoch seconds. */
function toWire(value: ParamValue): unknown {
  if (value instanceof Uint8Array) return encodeBase64(value)
  if (Array.isArray(value)) return value.map(toWire)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
  return value
}

interface Paging {
  readonly auto: boolean
  readonly pageSize?: number
  readonly maxItems?: number
  readonly start?: { marker: string | null; skip: number }
  readonly warning?: string
}

function pagingOptions(
  subcommand: Subcommand,
  options: ReadonlyMap<string, string>,
  globals: ReadonlyMap<string, string | true>,
  input: Record<string, ParamValue>,
): Paging {
  if (!subcommand.operation.resultKey) return { auto: false }
  const given = ['--starting-token', '--page-size', '--max-items'].filter((f) =>
    options.has(f.slice(2)),
  )
  if (globals.has('--no-paginate')) {
    if (given.length)
      throw new CliError(
        'param-validation',
        `Cannot specify --no-paginate along with pagination arguments: ${given.join(', ')}`,
      )
    return { auto: false }
  }
  // The service's own --limit/--marker switch to one call (customizations/paginate.py).
  if ('Limit' in input || 'Marker' in input) return { auto: false }
  const pageSize = options.has('page-size') ? pythonInt(options.get('page-size')!) : undefined
  const maxItems = options.has('max-items') ? pythonInt(options.get('max-items')!) : undefined
  const token = options.get('starting-token')
  return {
    auto: true,
    ...(pageSize !== undefined ? { pageSize } : {}),
    ...(maxItems !== undefined ? { maxItems } : {}),
    ...(token !== undefined ? { start: decodeToken(token) } : {}),
    ...(maxItems !== undefined && maxItems <= 0
      ? {
          warning:
            'warning: Non-positive values for --max-items may result in undefined behavior.\n',
        }
      : {}),
  }
}

/** botocore's resume token: base64 of Python's `json.dumps` of the marker and items to skip. */
function encodeToken(marker: string | null, skip: number): string {
  const json = skip
    ? `{"Marker": ${JSON.stringify(marker)}, "boto_truncate_amount": ${skip}}`
    : `{"Marker": ${JSON.stringify(marker)}}`
  return encodeBase64(utf8(json))
}

function decodeToken(token: string): { marker: string | null; skip: number } {
  const bytes = decodeBase64(token)
  try {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as {
      Marker?: string | null
      boto_truncate_amount?: number
    }
    return { marker: data.Marker ?? null, skip: data.boto_truncate_amount ?? 0 }
  } catch {
    throw new CliError('param-validation', `Bad starting token: ${token}`)
  }
}

async function call(
  subcommand: Subcommand,
  input: Record<string, ParamValue>,
  env: AwsCliEnvironment,
) {
  const name = subcommand.operation.name
  const reply = await env.send(name, JSON.stringify(toWire(input)))
  const body: unknown = reply.body ? JSON.parse(reply.body) : {}
  if (reply.status !== 200) {
    const error = body as { __type?: string; message?: string; Message?: string }
    const code = (error.__type ?? 'Unknown').replace(/^.*#/, '')
    const message = error.message ?? error.Message ?? ''
    throw new CliError(
      'service',
      `An error occurred (${code}) when calling the ${name} operation: ${message}`,
    )
  }
  const output = subcommand.operation.output
  return output ? parseResponse(output, body, env.utcOffsetMinutes) : {}
}

async function request(
  subcommand: Subcommand,
  input: Record<string, ParamValue>,
  paging: Paging,
  env: AwsCliEnvironment,
): Promise<FormattedResponse> {
  const resultKey = subcommand.operation.resultKey
  if (!paging.auto || !resultKey) return { full: await call(subcommand, input, env) }
  const items: OutputValue[] = []
  const parts: OutputValue[] = []
  let marker = paging.start?.marker ?? null
  let skip = paging.start?.skip ?? 0
  let nextToken: string | undefined
  for (;;) {
    const page = (await call(
      subcommand,
      {
        ...input,
        ...(marker !== null ? { Marker: marker } : {}),
        ...(paging.pageSize !== undefined ? { Limit: paging.pageSize } : {}),
      },
      env,
    )) as OutputObject
    let pageItems = ((page[resultKey] as OutputValue[] | undefined) ?? []).slice(skip)
    const consumedBefore = skip
    skip = 0
    const room = paging.maxItems === undefined ? Infinity : paging.maxItems - items.length
    const more = page.Truncated === true && typeof page.NextMarker === 'string'
    if (pageItems.length > room) {
      pageItems = pageItems.slice(0, room)
      nextToken = encodeToken(marker, consumedBefore + room)
    } else if (pageItems.length === room && more) {
      nextToken = encodeToken(page.NextMarker as string, 0)
    }
    items.push(...pageItems)
    parts.push({ [resultKey]: pageItems })
    if (nextToken !== undefined || !more) break
    marker = page.NextMarker as string
  }
  const full: OutputObject =
    nextToken === undefined ? { [resultKey]: items } : { [resultKey]: items, NextToken: nextToken }
  return { full, pages: { parts, ...(nextToken !== undefined ? { nextToken } : {}) } }
}

/** `--generate-cli-skeleton` (aws-cli.md §3.4): strings "", blobs null, enums their first value. */
function skeleton(shape: ShapeModel): unknown {
  switch (shape.type) {
    case 'structure':
      return Object.fromEntries(shape.members.map(([name, ref]) => [name, skeleton(shapeOf(ref))]))
    case 'list':
      return [skeleton(shapeOf(shape.member))]
    case 'map':
      return { KeyName: skeleton(shapeOf(shape.value)) }
    case 'string':
      return shape.enumFirst ?? ''
    case 'integer':
    case 'long':
      return 0
    case 'boolean':
      return true
    case 'blob':
      return null
    case 'timestamp':
      return '1970-01-01T00:00:00'
  }
}
