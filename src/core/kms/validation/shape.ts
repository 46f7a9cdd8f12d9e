/**
 * A tiny, typed description of request members, after the KMS API model (botocore service-2.json):
 * the same object drives wire decoding, AWS-format validation messages and the TypeScript type of
 * each operation's input (`InputOf<typeof shape>`).
 */

interface Common {
  readonly required?: boolean
  /** Sensitive members (Plaintext, Message) are never echoed in validation messages. */
  readonly sensitive?: boolean
}
export interface StringShape<E extends string = string> extends Common {
  readonly kind: 'string'
  readonly enum?: readonly E[]
  readonly min?: number
  readonly max?: number
  readonly pattern?: string
}
export interface IntegerShape extends Common {
  readonly kind: 'integer'
  readonly min?: number
  readonly max?: number
}
export interface BooleanShape extends Common {
  readonly kind: 'boolean'
}
export interface BlobShape extends Common {
  readonly kind: 'blob'
  readonly min?: number
  readonly max?: number
}
/** A point in time: epoch seconds on the wire (awsJson1_1), a Date in a typed call. */
export interface TimestampShape extends Common {
  readonly kind: 'timestamp'
}
/** A map of string to string (EncryptionContext). */
export interface MapShape extends Common {
  readonly kind: 'map'
}
export interface ListShape<M extends Shape = Shape> extends Common {
  readonly kind: 'list'
  readonly member: M
  readonly min?: number
  readonly max?: number
}
export interface StructShape<M extends Members = Members> extends Common {
  readonly kind: 'structure'
  readonly members: M
}
export type Shape =
  | StringShape
  | IntegerShape
  | BooleanShape
  | BlobShape
  | TimestampShape
  | MapShape
  | ListShape<Shape>
  | StructShape<Members>
export type Members = { readonly [name: string]: Shape }

type Simplify<T> = { [K in keyof T]: T[K] } & {}
type RequiredKeys<M extends Members> = {
  [K in keyof M]: M[K] extends { required: true } ? K : never
}[keyof M]

export type ValueOf<S> =
  S extends StringShape<infer E>
    ? E
    : S extends IntegerShape
      ? number
      : S extends BooleanShape
        ? boolean
        : S extends BlobShape
          ? Uint8Array
          : S extends TimestampShape
            ? Date
            : S extends MapShape
              ? Record<string, string>
              : S extends ListShape<infer M>
                ? ValueOf<M>[]
                : S extends StructShape<infer M>
                  ? InputOf<M>
                  : never

/** The TypeScript type of a request described by its members. */
export type InputOf<M extends Members> = Simplify<
  { [K in RequiredKeys<M>]: ValueOf<M[K]> } & {
    [K in Exclude<keyof M, RequiredKeys<M>>]?: ValueOf<M[K]>
  }
>

type Options<S> = Omit<S, 'kind'>
export const string = <const E extends string = string>(o: Options<StringShape<E>> = {}) =>
  ({ kind: 'string', ...o }) as StringShape<E>
export const integer = (o: Options<IntegerShape> = {}) =>
  ({ kind: 'integer', ...o }) as IntegerShape
export const boolean = () => ({ kind: 'boolean' }) as BooleanShape
export const blob = (o: Options<BlobShape> = {}) => ({ kind: 'blob', ...o }) as BlobShape
export const timestamp = () => ({ kind: 'timestamp' }) as TimestampShape
export const stringMap = () => ({ kind: 'map' }) as MapShape
export const list = <const M extends Shape>(
  member: M,
  o: Omit<Options<ListShape<M>>, 'member'> = {},
) => ({ kind: 'list', member, ...o }) as ListShape<M>
export const structure = <const M extends Members>(members: M) =>
  ({ kind: 'structure', members }) as StructShape<M>
/** Marks a member as required; its absence is `Member must not be null`. */
export const required = <S extends Shape>(shape: S) =>
  ({ ...shape, required: true }) as S & { readonly required: true }
