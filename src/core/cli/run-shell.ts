/**
 * The small shell around `aws` in the CLI panel: enough for the AWS examples learners copy
 * (aws-cli.md §9). One line: words as a POSIX shell splits them, `$?`, pipelines (`|`), and `>`
 * into a file of the sandbox's folder; commands `aws`, `echo`, `base64 [-d|--decode]`, `cat`,
 * `ls`, `rm`. Output is bytes, as in a terminal.
 */
import { decodeBase64, encodeBase64 } from '../bytes/base64.ts'
import { utf8 } from '../bytes/utf8.ts'
import { runAws, type AwsCliEnvironment } from './run-aws.ts'
import { shellWords } from './shell-words.ts'

export interface ShellFolder {
  read(name: string): Uint8Array | undefined
  write(name: string, bytes: Uint8Array): void
  remove(name: string): boolean
  list(): string[]
}

export interface ShellEnvironment extends Omit<AwsCliEnvironment, 'readFile'> {
  readonly folder: ShellFolder
}

export interface ShellResult {
  readonly stdout: Uint8Array
  readonly stderr: string
  readonly exitCode: number
}

interface Stage {
  readonly words: string[]
}

const EMPTY: Uint8Array = new Uint8Array()

export async function runShellLine(
  line: string,
  lastExitCode: number,
  env: ShellEnvironment,
): Promise<ShellResult> {
  const substituted = await substituteCommands(line, lastExitCode, env)
  if ('exitCode' in substituted) return substituted
  const result = await runLine(substituted.line, lastExitCode, env)
  // A substituted command's errors print first, as the terminal shows them.
  return { ...result, stderr: substituted.stderr + result.stderr }
}

async function runLine(line: string, lastExitCode: number, env: ShellEnvironment) {
  const split = shellWords(line, lastExitCode)
  if (!split.ok)
    return {
      stdout: EMPTY,
      stderr: `${split.message}\nbash: syntax error: unexpected end of file\n`,
      exitCode: 2,
    }
  const stages: Stage[] = [{ words: [] }]
  let redirect: string | undefined
  const tokens = split.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'word') stages[stages.length - 1]!.words.push(token.text)
    else if (token.text === '|') stages.push({ words: [] })
    else {
      const target = tokens[i + 1]
      if (target?.kind !== 'word')
        return {
          stdout: EMPTY,
          stderr: "bash: syntax error near unexpected token `newline'\n",
          exitCode: 2,
        }
      redirect = target.text
      i++
    }
  }
  if (stages.some((s) => s.words.length === 0)) {
    if (stages.length === 1 && !redirect)
      return { stdout: EMPTY, stderr: '', exitCode: lastExitCode }
    return { stdout: EMPTY, stderr: "bash: syntax error near unexpected token `|'\n", exitCode: 2 }
  }
  let input = EMPTY
  let stderr = ''
  let exitCode = 0
  for (const stage of stages) {
    const result = await runCommand(stage.words, input, env)
    input = result.stdout
    stderr += result.stderr
    exitCode = result.exitCode
  }
  if (redirect !== undefined) {
    env.folder.write(redirect, input)
    return { stdout: EMPTY, stderr, exitCode }
  }
  return { stdout: input, stderr, exitCode }
}

/**
 * `$(…)` command substitution (`--plaintext $(echo -n hello | base64)`, aws-cli.md §9): the inner
 * line runs first and its output, trailing newlines removed, takes its place, quoted so that it
 * stays one word (bash would split an unquoted result on blanks; base64 and ids have none).
 */
async function substituteCommands(
  line: string,
  lastExitCode: number,
  env: ShellEnvironment,
): Promise<{ line: string; stderr: string } | ShellResult> {
  let out = ''
  let stderr = ''
  let inSingle = false
  let inDouble = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '\\' && !inSingle) {
      out += c + (line[i + 1] ?? '')
      i++
      continue
    }
    if (c === "'" && !inDouble) inSingle = !inSingle
    if (c === '"' && !inSingle) inDouble = !inDouble
    if (c !== '$' || line[i + 1] !== '(' || inSingle) {
      out += c
      continue
    }
    let depth = 1
    let end = i + 2
    while (end < line.length && depth > 0) {
      if (line[end] === '(') depth++
      if (line[end] === ')') depth--
      end++
    }
    if (depth > 0)
      return {
        stdout: EMPTY,
        stderr: "bash: unexpected EOF while looking for matching `)'\n",
        exitCode: 2,
      }
    const inner = await runShellLine(line.slice(i + 2, end - 1), lastExitCode, env)
    stderr += inner.stderr
    const text = new TextDecoder().decode(inner.stdout).replace(/\n+$/, '')
    out += inDouble ? text.replace(/["\\$`]/g, '\\$&') : `'${text.replace(/'/g, "'\\''")}'`
    i = end - 1
  }
  return { line: out, stderr }
}

async function runCommand(
  words: string[],
  stdin: Uint8Array,
  env: ShellEnvironment,
): Promise<ShellResult> {
  const [name, ...args] = words as [string, ...string[]]
  const ok = (stdout: Uint8Array | string): ShellResult => ({
    stdout: typeof stdout === 'string' ? utf8(stdout) : stdout,
    stderr: '',
    exitCode: 0,
  })
  switch (name) {
    case 'aws': {
      const result = await runAws(args, { ...env, readFile: (path) => env.folder.read(path) })
      return { stdout: utf8(result.stdout), stderr: result.stderr, exitCode: result.exitCode }
    }
    case 'echo': {
      const noNewline = args[0] === '-n'
      const text = (noNewline ? args.slice(1) : args).join(' ')
      return ok(noNewline ? text : `${text}\n`)
    }
    case 'base64': {
      const decode = args.includes('-d') || args.includes('--decode')
      const file = args.find((a) => !a.startsWith('-'))
      const data = file === undefined ? stdin : env.folder.read(file)
      if (data === undefined)
        return {
          stdout: EMPTY,
          stderr: `base64: ${file}: No such file or directory\n`,
          exitCode: 1,
        }
      if (!decode) {
        // GNU base64 wraps at 76 columns.
        const text = encodeBase64(data)
        return ok(text ? `${text.replace(/(.{76})/g, '$1\n').replace(/\n$/, '')}\n` : '')
      }
      const bytes = decodeBase64(new TextDecoder().decode(data).replace(/\s+/g, ''))
      if (bytes === undefined)
        return { stdout: EMPTY, stderr: 'base64: invalid input\n', exitCode: 1 }
      return ok(bytes)
    }
    case 'cat': {
      const parts: Uint8Array[] = []
      for (const file of args) {
        const data = env.folder.read(file)
        if (data === undefined)
          return {
            stdout: concat(parts),
            stderr: `cat: ${file}: No such file or directory\n`,
            exitCode: 1,
          }
        parts.push(data)
      }
      return ok(args.length ? concat(parts) : stdin)
    }
    case 'ls': {
      const names = env.folder.list().sort()
      return ok(names.length ? `${names.join('\n')}\n` : '')
    }
    case 'rm': {
      for (const file of args.filter((a) => !a.startsWith('-')))
        if (!env.folder.remove(file))
          return {
            stdout: EMPTY,
            stderr: `rm: cannot remove '${file}': No such file or directory\n`,
            exitCode: 1,
          }
      return ok('')
    }
    default:
      return { stdout: EMPTY, stderr: `bash: ${name}: command not found\n`, exitCode: 127 }
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
