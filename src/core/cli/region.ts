/**
 * Where `--region` sends a request. The sandbox account is in the `aws` partition; a request to
 * one of its other Regions reaches an account with no keys there (the caller's transport answers
 * it); a name botocore refuses, or a Region whose endpoint does not exist, fails in the CLI before
 * any answer; a Region of another partition (China, GovCloud) refuses the account's credentials.
 * @see https://docs.aws.amazon.com/general/latest/gr/kms.html (KMS endpoints by Region)
 * @see https://github.com/boto/botocore/blob/develop/botocore/utils.py (validate_region_name)
 */
import { CliError } from './cli-error.ts'

/** The commercial (`aws` partition) Regions, from the KMS endpoint list. */
const COMMERCIAL_REGIONS: ReadonlySet<string> = new Set([
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
])

/** botocore's `validate_region_name`: a host label. */
const VALID_REGION_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/

/**
 * Checks `--region` as the CLI does when it creates the client (before botocore's parameter
 * validation): a name that is no host label is botocore's InvalidRegionError (exit 255).
 */
export function checkRegionName(region: string | undefined): void {
  if (region !== undefined && !VALID_REGION_NAME.test(region))
    throw new CliError(
      'generic',
      `Provided region_name '${region}' doesn't match a supported format.`,
    )
}

/**
 * What a request to `region` meets before the service answers: nothing for a commercial Region
 * (undefined: send it), else the error the CLI prints. A well-formed name that is no Region
 * resolves to a host that does not exist: botocore's EndpointConnectionError, after its retries.
 */
export function regionFailure(region: string | undefined, operation: string): CliError | undefined {
  if (region === undefined || COMMERCIAL_REGIONS.has(region)) return undefined
  if (/^(cn|us-gov|us-iso[a-z]*|eu-isoe)-\w+-\d+$/.test(region))
    return new CliError(
      'service',
      `An error occurred (UnrecognizedClientException) when calling the ${operation} operation: The security token included in the request is invalid.`,
    )
  const host = region.startsWith('cn-')
    ? `kms.${region}.amazonaws.com.cn`
    : `kms.${region}.amazonaws.com`
  return new CliError('generic', `Could not connect to the endpoint URL: "https://${host}/"`)
}
