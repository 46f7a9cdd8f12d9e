/**
 * A response body as botocore parses it by the model (aws-cli.md §1 step 11): keys in the output
 * shape's member order, unknown keys and nulls dropped, maps in wire order, timestamps as local
 * ISO 8601, blobs left as the wire's base64 text.
 */
import { shapeOf } from './arg-table.ts'
import type { ShapeModel } from './kms-model.ts'
import { localIsoTime } from './local-iso-time.ts'
import type { OutputValue } from './output-value.ts'

export type UtcOffset = (epochMs: number) => number

export function parseResponse(shapeName: string, wire: unknown, offset: UtcOffset): OutputValue {
  return parse(shapeOf(shapeName), wire, offset) ?? {}
}

function parse(shape: ShapeModel, wire: unknown, offset: UtcOffset): OutputValue | undefined {
  if (wire === null || wire === undefined) return undefined
  switch (shape.type) {
    case 'structure': {
      if (typeof wire !== 'object') return undefined
      const record = wire as Record<string, unknown>
      const out: Record<string, OutputValue> = {}
      for (const [name, ref] of shape.members) {
        const value = parse(shapeOf(ref), record[name], offset)
        if (value !== undefined) out[name] = value
      }
      return out
    }
    case 'list':
      return Array.isArray(wire)
        ? wire.map((item) => parse(shapeOf(shape.member), item, offset) ?? null)
        : undefined
    case 'map': {
      if (typeof wire !== 'object') return undefined
      const out: Record<string, OutputValue> = {}
      for (const [key, value] of Object.entries(wire as Record<string, unknown>)) {
        const parsed = parse(shapeOf(shape.value), value, offset)
        if (parsed !== undefined) out[key] = parsed
      }
      return out
    }
    case 'timestamp':
      return typeof wire === 'number' ? localIsoTime(wire, offset) : String(wire)
    default:
      return wire as OutputValue
  }
}
