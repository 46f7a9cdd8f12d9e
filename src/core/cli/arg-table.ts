/**
 * The flags of an `aws kms` subcommand, built as the CLI builds them from the model
 * (`ServiceOperation._create_argument_table`, aws-cli.md §2.2): input members in model order
 * (booleans as a `--x`/`--no-x` pair), then `--cli-input-json`, `--cli-input-yaml`, the paging
 * flags of paginated operations, and `--generate-cli-skeleton`.
 */
import { KMS_OPERATIONS, KMS_SHAPES } from './kms-model.generated.ts'
import type { OperationModel, ShapeModel } from './kms-model.ts'
import { xformName } from './xform-name.ts'

export type ArgumentAction =
  /** One value: a string, integer, blob, map, structure or timestamp member. */
  | 'value'
  /** Any number of values (nargs='*'): a list member. */
  | 'list'
  /** No value: a boolean member's `--x` (true) or `--no-x` (false). */
  | 'true'
  | 'false'
  /** `--generate-cli-skeleton [input|yaml-input|output]`. */
  | 'optional-value'

export interface CliArgument {
  /** `--key-id` */
  readonly flag: string
  readonly action: ArgumentAction
  /** The input member (`KeyId`), or a CLI option's own name (`cli-input-json`). */
  readonly member: string
  readonly shape?: ShapeModel
  readonly required: boolean
  /** Hidden from help: the service's `--limit`/`--marker` of a paginated operation. */
  readonly hidden?: boolean
}

export interface Subcommand {
  /** `create-key` */
  readonly name: string
  readonly operation: OperationModel
  readonly arguments: readonly CliArgument[]
}

export function shapeOf(name: string): ShapeModel {
  const shape = KMS_SHAPES[name]
  if (!shape) throw new Error(`shape ${name} is not in the model`)
  return shape
}

const PAGING_MEMBERS = new Set(['Limit', 'Marker'])

function argumentTable(operation: OperationModel): CliArgument[] {
  const table: CliArgument[] = []
  const input = operation.input ? shapeOf(operation.input) : undefined
  if (input?.type === 'structure') {
    for (const [member, shapeName] of input.members) {
      const shape = shapeOf(shapeName)
      const flag = `--${xformName(member)}`
      const required = input.required?.includes(member) ?? false
      const hidden = operation.resultKey !== undefined && PAGING_MEMBERS.has(member)
      if (shape.type === 'boolean') {
        table.push({ flag, action: 'true', member, shape, required: false })
        table.push({
          flag: `--no-${xformName(member)}`,
          action: 'false',
          member,
          shape,
          required: false,
        })
      } else {
        const action = shape.type === 'list' ? 'list' : 'value'
        table.push({ flag, action, member, shape, required, ...(hidden ? { hidden } : {}) })
      }
    }
  }
  const option = (flag: string, action: ArgumentAction = 'value'): CliArgument => ({
    flag,
    action,
    member: flag.slice(2),
    required: false,
  })
  table.push(option('--cli-input-json'), option('--cli-input-yaml'))
  if (operation.resultKey)
    table.push(option('--starting-token'), option('--page-size'), option('--max-items'))
  table.push(option('--generate-cli-skeleton', 'optional-value'))
  return table
}

/** Every `aws kms` subcommand, in model order (alphabetical), as the CLI lists them. */
export const SUBCOMMANDS: readonly Subcommand[] = KMS_OPERATIONS.map((operation) => ({
  name: xformName(operation.name),
  operation,
  arguments: argumentTable(operation),
}))

export function findSubcommand(name: string): Subcommand | undefined {
  return SUBCOMMANDS.find((s) => s.name === name)
}
