/**
 * botocore's `ParamValidator` as the CLI runs it (aws-cli.md §1 step 8, §3.1): missing required
 * members, unknown members, wrong types, and the model's `min` (length and value) only. No max,
 * enum or pattern checks: those values reach the service, which answers for them.
 * @see https://github.com/boto/botocore/blob/develop/botocore/validate.py
 */
import { shapeOf } from './arg-table.ts'
import type { ShapeModel } from './kms-model.ts'
import { pythonRepr, pythonType } from './python-repr.ts'
import type { ParamValue } from './unpack-values.ts'

const VALID_TYPES: Partial<Record<ShapeModel['type'], string>> = {
  string: "<class 'str'>",
  integer: "<class 'int'>",
  long: "<class 'int'>",
  boolean: "<class 'bool'>",
  list: "<class 'list'>, <class 'tuple'>",
  map: "<class 'dict'>",
  structure: "<class 'dict'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
}

const isDict = (v: unknown): v is { [key: string]: ParamValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)

/** The errors, one a line, or [] when the input is valid. */
export function validateParams(shapeName: string, input: { [key: string]: ParamValue }): string[] {
  const errors: string[] = []
  validate(shapeOf(shapeName), input, '', errors)
  return errors
}

function validate(shape: ShapeModel, value: ParamValue, path: string, errors: string[]): void {
  const typeError = () =>
    errors.push(
      `Invalid type for parameter ${path}, value: ${pythonRepr(value)}, type: ${pythonType(value)}, valid types: ${VALID_TYPES[shape.type]}`,
    )
  switch (shape.type) {
    case 'structure': {
      if (!isDict(value)) return void typeError()
      const where = path || 'input'
      for (const member of shape.required ?? [])
        if (value[member] === undefined)
          errors.push(`Missing required parameter in ${where}: "${member}"`)
      const names = shape.members.map(([name]) => name)
      for (const [key, member] of Object.entries(value)) {
        const ref = shape.members.find(([name]) => name === key)
        if (!ref) {
          errors.push(
            `Unknown parameter in ${where}: "${key}", must be one of: ${names.join(', ')}`,
          )
          continue
        }
        validate(shapeOf(ref[1]), member, path ? `${path}.${key}` : key, errors)
      }
      return
    }
    case 'list':
      if (!Array.isArray(value)) return void typeError()
      if (shape.min !== undefined && value.length < shape.min)
        errors.push(
          `Invalid length for parameter ${path}, value: ${value.length}, valid min length: ${shape.min}`,
        )
      value.forEach((item, i) => validate(shapeOf(shape.member), item, `${path}[${i}]`, errors))
      return
    case 'map':
      if (!isDict(value)) return void typeError()
      for (const [key, item] of Object.entries(value))
        validate(shapeOf(shape.value), item, `${path}.${key}`, errors)
      return
    case 'string':
      if (typeof value !== 'string') return void typeError()
      if (shape.min !== undefined && value.length < shape.min)
        errors.push(
          `Invalid length for parameter ${path}, value: ${value.length}, valid min length: ${shape.min}`,
        )
      return
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) return void typeError()
      if (shape.min !== undefined && value < shape.min)
        errors.push(
          `Invalid value for parameter ${path}, value: ${value}, valid min value: ${shape.min}`,
        )
      return
    case 'boolean':
      if (typeof value !== 'boolean') typeError()
      return
    case 'blob':
      if (!(value instanceof Uint8Array) && typeof value !== 'string') typeError()
      return
    case 'timestamp':
      return
  }
}
