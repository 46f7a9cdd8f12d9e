/**
 * The AWS CLI's global options (`awscli/data/cli.json`, aws-cli.md §2.2), accepted before the
 * service, between service and operation, or after it.
 */
export interface GlobalOption {
  readonly flag: string
  readonly takesValue: boolean
  readonly choices?: readonly string[]
}

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  { flag: '--debug', takesValue: false },
  { flag: '--endpoint-url', takesValue: true },
  { flag: '--no-verify-ssl', takesValue: false },
  { flag: '--no-paginate', takesValue: false },
  { flag: '--output', takesValue: true, choices: OUTPUT_FORMATS },
  { flag: '--query', takesValue: true },
  { flag: '--profile', takesValue: true },
  { flag: '--region', takesValue: true },
  { flag: '--version', takesValue: false },
  { flag: '--color', takesValue: true, choices: ['on', 'off', 'auto'] },
  { flag: '--no-sign-request', takesValue: false },
  { flag: '--ca-bundle', takesValue: true },
  { flag: '--cli-read-timeout', takesValue: true },
  { flag: '--cli-connect-timeout', takesValue: true },
  { flag: '--cli-binary-format', takesValue: true, choices: ['base64', 'raw-in-base64-out'] },
  { flag: '--no-cli-pager', takesValue: false },
  { flag: '--cli-auto-prompt', takesValue: false },
  { flag: '--no-cli-auto-prompt', takesValue: false },
  {
    flag: '--cli-error-format',
    takesValue: true,
    choices: ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced'],
  },
]
