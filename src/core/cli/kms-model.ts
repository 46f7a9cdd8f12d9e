/**
 * The shape of the KMS model data the CLI is driven by (`kms-model.generated.ts`, written by
 * `scripts/generate-kms-cli-model.ts` from botocore's `service-2.json` and
 * `paginators-1.json`, the files AWS CLI v2 itself reads). Shapes are referred to by name.
 */
export type ShapeModel =
  | {
      readonly type: 'structure'
      /** Members in model order: the order of flags, and of keys in the printed output. */
      readonly members: readonly (readonly [name: string, shape: string])[]
      readonly required?: readonly string[]
    }
  | { readonly type: 'list'; readonly member: string; readonly min?: number }
  | { readonly type: 'map'; readonly key: string; readonly value: string }
  | {
      readonly type: 'string'
      readonly min?: number
      /** The first enum value (the skeleton's), when the string is an enum. */
      readonly enumFirst?: string
    }
  | { readonly type: 'integer' | 'long'; readonly min?: number }
  | { readonly type: 'blob'; readonly min?: number }
  | { readonly type: 'boolean' | 'timestamp' }

export interface OperationModel {
  /** `CreateKey` */
  readonly name: string
  readonly input?: string
  readonly output?: string
  /** For paginated operations, the result key (`Keys`, `Aliases`, …). */
  readonly resultKey?: string
}
