/**
 * `aws kms help` and `aws kms <subcommand> help`: a summary with the subcommands or the flags
 * (the real pages are man pages rendered by groff; the issue asks for a useful summary, not
 * their bytes).
 */
import { SUBCOMMANDS, type Subcommand } from './arg-table.ts'

export function helpText(subcommand?: Subcommand): string {
  if (!subcommand)
    return [
      'KMS()',
      '',
      'NAME',
      '       kms -',
      '',
      'AVAILABLE COMMANDS',
      ...[...SUBCOMMANDS.map((s) => s.name), 'help'].sort().map((name) => `       o ${name}`),
      '',
    ].join('\n')
  const lines = subcommand.arguments
    .filter((a) => !a.hidden && a.action !== 'false')
    .map((a) => {
      const twin = a.action === 'true' ? `${a.flag} | --no-${a.flag.slice(2)}` : `${a.flag} <value>`
      return a.required ? `          ${twin}` : `          [${twin}]`
    })
  return [
    `${subcommand.name.toUpperCase()}()`,
    '',
    'NAME',
    `       ${subcommand.name} -`,
    '',
    'SYNOPSIS',
    `            ${subcommand.name}`,
    ...lines,
    '',
    'See https://docs.aws.amazon.com/cli/latest/reference/kms/ for the full page.',
    '',
  ].join('\n')
}
