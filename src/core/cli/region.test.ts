import { describe, expect, it } from 'vitest'
import { runAws, type AwsCliEnvironment } from './run-aws.ts'

/** The CLI against a stub that records the Region each request went to. */
function regionCli() {
  const regions: (string | undefined)[] = []
  const env: AwsCliEnvironment = {
    send: (_operation, _body, region) => {
      regions.push(region)
      return Promise.resolve({ status: 200, body: '{"Keys":[],"Truncated":false}' })
    },
    readFile: () => undefined,
    utcOffsetMinutes: () => 0,
  }
  return { regions, run: (line: string) => runAws(line.split(' ').slice(1), env) }
}

describe('--region', () => {
  it('sends a commercial Region to the transport, and none when not given', async () => {
    const { regions, run } = regionCli()
    expect((await run('aws kms list-keys --region eu-west-1')).exitCode).toBe(0)
    await run('aws kms list-keys')
    expect(regions).toEqual(['eu-west-1', undefined])
  })

  it('a well-formed name that is no Region cannot be reached, rc 255, nothing sent', async () => {
    const { regions, run } = regionCli()
    expect(await run('aws kms list-keys --region moon-1')).toEqual({
      stdout: '',
      stderr:
        '\naws: [ERROR]: Could not connect to the endpoint URL: "https://kms.moon-1.amazonaws.com/"\n',
      exitCode: 255,
    })
    expect(regions).toEqual([])
  })

  it('a name that is no host label is botocore InvalidRegionError, before parameter validation', async () => {
    const { run } = regionCli()
    expect(await run('aws kms generate-random --number-of-bytes 0 --region us_east_1')).toEqual({
      stdout: '',
      stderr:
        "\naws: [ERROR]: Provided region_name 'us_east_1' doesn't match a supported format.\n",
      exitCode: 255,
    })
  })

  it("another partition's Region refuses the account's credentials, rc 254", async () => {
    const { run } = regionCli()
    expect(await run('aws kms list-keys --region cn-north-1')).toEqual({
      stdout: '',
      stderr:
        '\naws: [ERROR]: An error occurred (UnrecognizedClientException) when calling the ListKeys operation: The security token included in the request is invalid.\n',
      exitCode: 254,
    })
  })
})
