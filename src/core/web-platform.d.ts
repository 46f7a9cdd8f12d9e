/**
 * The Web APIs `src/core` may use: the globals that browsers, workers and Node 20 all have.
 *
 * `tsconfig.core.json` type-checks the core with the ES library only (no DOM, no Node types) plus
 * this file, so `window`, `document`, `localStorage`, `indexedDB`, `BroadcastChannel` or
 * `navigator` in the core are type errors: pass what depends on them in from `src/stores`.
 * The declarations are the subset of TypeScript's `lib.dom.d.ts` the core calls, with the same
 * shapes, so code that compiles here compiles against the DOM library too. The app's
 * `tsconfig.app.json` has the full DOM library and excludes this file (the two would clash).
 *
 * Add a declaration here only for an API with a WinterCG-common global in browsers and Node:
 * @see https://min-common-api.proposal.wintertc.org/
 */
/* eslint-disable no-var -- `declare var`, as lib.dom.d.ts has it, puts the global on globalThis */

// WebCrypto: https://w3c.github.io/webcrypto/
type AlgorithmIdentifier = Algorithm | string
type HashAlgorithmIdentifier = AlgorithmIdentifier
type NamedCurve = string
type BigInteger = Uint8Array<ArrayBuffer>
type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer
type AllowSharedBufferSource = ArrayBufferLike | ArrayBufferView<ArrayBufferLike>
type KeyFormat = 'jwk' | 'pkcs8' | 'raw' | 'spki'
type KeyType = 'private' | 'public' | 'secret'
type KeyUsage =
  'decrypt' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'sign' | 'unwrapKey' | 'verify' | 'wrapKey'

interface Algorithm {
  name: string
}
interface KeyAlgorithm {
  name: string
}
interface AesGcmParams extends Algorithm {
  additionalData?: BufferSource
  iv: BufferSource
  tagLength?: number
}
interface AesKeyGenParams extends Algorithm {
  length: number
}
interface HmacKeyGenParams extends Algorithm {
  hash: HashAlgorithmIdentifier
  length?: number
}
interface RsaKeyGenParams extends Algorithm {
  modulusLength: number
  publicExponent: BigInteger
}
interface RsaHashedKeyGenParams extends RsaKeyGenParams {
  hash: HashAlgorithmIdentifier
}
interface RsaHashedImportParams extends Algorithm {
  hash: HashAlgorithmIdentifier
}
interface RsaOaepParams extends Algorithm {
  label?: BufferSource
}
interface RsaPssParams extends Algorithm {
  saltLength: number
}
interface EcKeyGenParams extends Algorithm {
  namedCurve: NamedCurve
}
interface EcKeyImportParams extends Algorithm {
  namedCurve: NamedCurve
}
interface HmacImportParams extends Algorithm {
  hash: HashAlgorithmIdentifier
  length?: number
}
interface AesKeyAlgorithm extends KeyAlgorithm {
  length: number
}
interface EcdhKeyDeriveParams extends Algorithm {
  public: CryptoKey
}
interface EcdsaParams extends Algorithm {
  hash: HashAlgorithmIdentifier
}

interface CryptoKey {
  readonly algorithm: KeyAlgorithm
  readonly extractable: boolean
  readonly type: KeyType
  readonly usages: KeyUsage[]
}
declare var CryptoKey: {
  prototype: CryptoKey
  new (): CryptoKey
}
interface CryptoKeyPair {
  privateKey: CryptoKey
  publicKey: CryptoKey
}

interface SubtleCrypto {
  decrypt(
    algorithm: AlgorithmIdentifier | RsaOaepParams | AesGcmParams,
    key: CryptoKey,
    data: BufferSource,
  ): Promise<ArrayBuffer>
  deriveBits(
    algorithm: EcdhKeyDeriveParams,
    baseKey: CryptoKey,
    length?: number | null,
  ): Promise<ArrayBuffer>
  digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer>
  encrypt(
    algorithm: AlgorithmIdentifier | RsaOaepParams | AesGcmParams,
    key: CryptoKey,
    data: BufferSource,
  ): Promise<ArrayBuffer>
  exportKey(format: 'jwk', key: CryptoKey): Promise<JsonWebKey>
  exportKey(format: Exclude<KeyFormat, 'jwk'>, key: CryptoKey): Promise<ArrayBuffer>
  generateKey(
    algorithm: RsaHashedKeyGenParams | EcKeyGenParams,
    extractable: boolean,
    keyUsages: ReadonlyArray<KeyUsage>,
  ): Promise<CryptoKeyPair>
  generateKey(
    algorithm: AesKeyGenParams | HmacKeyGenParams,
    extractable: boolean,
    keyUsages: ReadonlyArray<KeyUsage>,
  ): Promise<CryptoKey>
  importKey(
    format: 'jwk',
    keyData: JsonWebKey,
    algorithm: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams,
    extractable: boolean,
    keyUsages: ReadonlyArray<KeyUsage>,
  ): Promise<CryptoKey>
  importKey(
    format: Exclude<KeyFormat, 'jwk'>,
    keyData: BufferSource,
    algorithm: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams,
    extractable: boolean,
    keyUsages: KeyUsage[],
  ): Promise<CryptoKey>
  sign(
    algorithm: AlgorithmIdentifier | RsaPssParams | EcdsaParams,
    key: CryptoKey,
    data: BufferSource,
  ): Promise<ArrayBuffer>
  wrapKey(
    format: KeyFormat,
    key: CryptoKey,
    wrappingKey: CryptoKey,
    wrapAlgorithm: AlgorithmIdentifier | RsaOaepParams | AesGcmParams,
  ): Promise<ArrayBuffer>
  unwrapKey(
    format: KeyFormat,
    wrappedKey: BufferSource,
    unwrappingKey: CryptoKey,
    unwrapAlgorithm: AlgorithmIdentifier | RsaOaepParams | AesGcmParams,
    unwrappedKeyAlgorithm:
      | AlgorithmIdentifier
      | RsaHashedImportParams
      | EcKeyImportParams
      | HmacImportParams
      | AesKeyAlgorithm,
    extractable: boolean,
    keyUsages: KeyUsage[],
  ): Promise<CryptoKey>
  verify(
    algorithm: AlgorithmIdentifier | RsaPssParams | EcdsaParams,
    key: CryptoKey,
    signature: BufferSource,
    data: BufferSource,
  ): Promise<boolean>
}

/** The EC members of lib.dom's JsonWebKey (imported ECC key material needs its public point). */
interface JsonWebKey {
  crv?: string
  d?: string
  ext?: boolean
  key_ops?: string[]
  kty?: string
  x?: string
  y?: string
}

interface Crypto {
  readonly subtle: SubtleCrypto
  getRandomValues<T extends ArrayBufferView>(array: T): T
}
declare var crypto: Crypto

// Encoding: https://encoding.spec.whatwg.org/
interface TextEncoderEncodeIntoResult {
  read: number
  written: number
}
interface TextEncoder {
  readonly encoding: string
  encode(input?: string): Uint8Array<ArrayBuffer>
  encodeInto(source: string, destination: Uint8Array<ArrayBufferLike>): TextEncoderEncodeIntoResult
}
declare var TextEncoder: {
  prototype: TextEncoder
  new (): TextEncoder
}
interface TextDecoderOptions {
  fatal?: boolean
  ignoreBOM?: boolean
}
interface TextDecodeOptions {
  stream?: boolean
}
interface TextDecoder {
  readonly encoding: string
  readonly fatal: boolean
  readonly ignoreBOM: boolean
  decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string
}
declare var TextDecoder: {
  prototype: TextDecoder
  new (label?: string, options?: TextDecoderOptions): TextDecoder
}

// Streams (the envelope module's TransformStreams): https://streams.spec.whatwg.org/
// The readable and writable ends are opaque here: the core hands them out, the caller pipes them.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the chunk type, for signatures
interface ReadableStream<R = unknown> {
  readonly locked: boolean
  cancel(reason?: unknown): Promise<void>
}
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the chunk type, for signatures
interface WritableStream<W = unknown> {
  readonly locked: boolean
  abort(reason?: unknown): Promise<void>
  close(): Promise<void>
}
interface TransformStreamDefaultController<O = unknown> {
  readonly desiredSize: number | null
  enqueue(chunk?: O): void
  error(reason?: unknown): void
  terminate(): void
}
interface Transformer<I = unknown, O = unknown> {
  flush?: (controller: TransformStreamDefaultController<O>) => void | PromiseLike<void>
  start?: (controller: TransformStreamDefaultController<O>) => unknown
  transform?: (
    chunk: I,
    controller: TransformStreamDefaultController<O>,
  ) => void | PromiseLike<void>
}
interface TransformStream<I = unknown, O = unknown> {
  readonly readable: ReadableStream<O>
  readonly writable: WritableStream<I>
}
declare var TransformStream: {
  prototype: TransformStream
  new <I = unknown, O = unknown>(transformer?: Transformer<I, O>): TransformStream<I, O>
}

// URL (card source links): https://url.spec.whatwg.org/
interface URL {
  readonly href: string
  readonly protocol: string
  readonly hostname: string
  toString(): string
}
declare var URL: {
  prototype: URL
  new (url: string | URL, base?: string | URL): URL
}

// HTML's globals that Node has too: https://html.spec.whatwg.org/multipage/
declare function atob(data: string): string
declare function structuredClone<T = unknown>(value: T): T
