import { describe, expect, it } from 'vitest'
import { CLI_VERSION, runAws } from './run-aws.ts'

const env = {
  send: () => Promise.reject(new Error('help and --version send nothing')),
  readFile: () => undefined,
  utcOffsetMinutes: () => 0,
}

describe('help and --version', () => {
  it('aws kms help lists every subcommand, alphabetically with help in place', async () => {
    const { stdout, exitCode } = await runAws(['kms', 'help'], env)
    expect(exitCode).toBe(0)
    const commands = stdout.split('\n').filter((l) => l.startsWith('       o '))
    expect(commands).toHaveLength(55)
    expect(commands.slice(0, 2)).toEqual([
      '       o cancel-key-deletion',
      '       o connect-custom-key-store',
    ])
    expect(commands).toContain('       o help')
  })

  it('aws kms encrypt help shows the synopsis in model order', async () => {
    const { stdout } = await runAws(['kms', 'encrypt', 'help'], env)
    expect(stdout).toContain(
      [
        '            encrypt',
        '          --key-id <value>',
        '          --plaintext <value>',
        '          [--encryption-context <value>]',
        '          [--grant-tokens <value>]',
        '          [--encryption-algorithm <value>]',
        '          [--dry-run | --no-dry-run]',
        '          [--cli-input-json <value>]',
      ].join('\n'),
    )
  })

  it('aws --version', async () => {
    expect(await runAws(['--version'], env)).toEqual({
      stdout: `${CLI_VERSION}\n`,
      stderr: '',
      exitCode: 0,
    })
  })
})
