// Wires the real @aws-sdk/client-kms to the in-process simulator, so conformance tests exercise
// the SDK's own awsJson1_1 serializers and error deserializers rather than our assumptions.
// Wire protocol: https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
import { KMS, type KMSClientConfig } from '@aws-sdk/client-kms'
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http'

/** The only part of the simulator the SDK needs: the awsJson1_1 entry point. */
export interface KmsWire {
  /** The simulator's region; the SDK must sign for the same one. */
  readonly region?: string
  handle(
    target: string,
    body: string,
    caller?: string,
  ): Promise<{ status: number; headers: Record<string, string>; body: string }>
}

export interface SdkClientOptions {
  /** Region the SDK signs for (default: the simulator's region, else us-east-1). */
  region?: string
  /** Principal ARN the simulator should treat as the caller (default: the account root). */
  caller?: string
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

function header(headers: Record<string, string>, name: string): string {
  const hit = Object.entries(headers).find(([k]) => k.toLowerCase() === name)
  return hit?.[1] ?? ''
}

function errorType(body: string): string {
  try {
    const parsed = JSON.parse(body) as { __type?: unknown }
    return typeof parsed.__type === 'string' ? parsed.__type : '?'
  } catch {
    return '?'
  }
}

/** Forwards every SDK request to `kms.handle`; no network, no retries. */
export class SimulatorRequestHandler {
  readonly metadata = { handlerProtocol: 'kms-simulator' }
  readonly kms: KmsWire
  readonly caller: string | undefined
  /**
   * Every call the SDK made, in order, as `<target> <status>` plus ` <__type>` for errors: lets
   * tests see what a client such as the Encryption SDK actually asked and what KMS answered.
   */
  readonly exchanges: string[] = []

  constructor(kms: KmsWire, caller?: string) {
    this.kms = kms
    this.caller = caller
  }

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const target = header(request.headers, 'x-amz-target')
    // The SDK sends a Uint8Array subclass (JsonBytesStringAdapter), not a string.
    const raw: unknown = request.body
    const body =
      raw == null ? '' : typeof raw === 'string' ? raw : decoder.decode(raw as Uint8Array)
    const out = await this.kms.handle(target, body, this.caller)
    this.exchanges.push(
      `${target} ${out.status}${out.status === 200 ? '' : ` ${errorType(out.body)}`}`,
    )
    return {
      response: new HttpResponse({
        statusCode: out.status,
        headers: out.headers,
        // collectBody passes a Uint8Array straight through; a string would fail deserialization.
        body: encoder.encode(out.body),
      }),
    }
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {}
  }

  destroy(): void {}
}

function config(kms: KmsWire, options: SdkClientOptions): KMSClientConfig {
  return {
    region: options.region ?? kms.region ?? 'us-east-1',
    // Endpoint resolution and SigV4 signing still run before the handler, so they need values.
    credentials: { accessKeyId: 'AKIDSIMULATOR', secretAccessKey: 'simulator-secret' },
    requestHandler: new SimulatorRequestHandler(kms, options.caller),
    maxAttempts: 1,
  }
}

/** Aggregated client (`kms.encrypt(...)`): what the AWS Encryption SDK's clientProvider needs. */
export function sdkKms(kms: KmsWire, options: SdkClientOptions = {}): KMS {
  return new KMS(config(kms, options))
}
