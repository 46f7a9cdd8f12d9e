/**
 * How AWS CLI v2 reports a failure, in the current error format (aws-cli.md §6, era C:
 * 2.34.0 and later, `--cli-error-format enhanced`): the stderr bytes and the exit code of each
 * error class.
 * @see https://github.com/aws/aws-cli/blob/v2/awscli/errorhandler.py
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-returncodes.html
 */
export type CliErrorKind =
  /** argparse: a missing required flag, an invalid choice, `expected one argument` (rc 252). */
  | 'argparse'
  /** Leftover words: `Unknown options: --foo, bar` (rc 252). */
  | 'unknown-options'
  /** botocore validation, shorthand/JSON/paramfile errors, a bad `--query` (rc 252). */
  | 'param-validation'
  /** A service error response, `An error occurred (X) when calling the Y operation: …` (rc 254). */
  | 'service'
  /** Everything else: `Invalid base64: "…"`, `int()` failures (rc 255). */
  | 'generic'

/** A failure on the way from the command line to the output. */
export class CliError extends Error {
  readonly kind: CliErrorKind
  constructor(kind: CliErrorKind, message: string) {
    super(message)
    this.name = 'CliError'
    this.kind = kind
  }
}

export const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n'

const EXIT_CODES: Record<CliErrorKind, number> = {
  argparse: 252,
  'unknown-options': 252,
  'param-validation': 252,
  service: 254,
  generic: 255,
}

/** Python's `str.strip()`. */
const strip = (text: string) => text.replace(/^\s+|\s+$/g, '')

export function renderCliError(error: CliError): { stderr: string; exitCode: number } {
  const m = error.message
  const stderr = {
    argparse: `\naws: [ERROR]: An error occurred (ParamValidation): ${m}\n\n${USAGE}`,
    'unknown-options': `\n${USAGE}\n\naws: [ERROR]: ${m}\n`,
    'param-validation': `\naws: [ERROR]: An error occurred (ParamValidation): ${strip(m)}\n`,
    service: `\naws: [ERROR]: ${strip(m)}\n`,
    generic: `\naws: [ERROR]: ${strip(m)}\n`,
  }[error.kind]
  return { stderr, exitCode: EXIT_CODES[error.kind] }
}
