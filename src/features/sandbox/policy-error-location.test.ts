import { describe, expect, it } from 'vitest'
import { describeLocation, locatePolicyError } from './policy-error-location.ts'

describe('locatePolicyError', () => {
  it('turns a JSON parser position into a line and column', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}'
    const message = `The policy is not valid JSON: Unexpected token ',', in JSON at position ${text.indexOf(',]')}`
    expect(locatePolicyError(text, message)).toEqual({ line: 3, column: 17 })
  })

  it('finds the field or value a grammar error names', () => {
    const text = '{\n  "Statement": [{\n    "Efect": "Allow"\n  }]\n}'
    const message =
      'Statement 1 has an unknown field "Efect"; allowed fields are Sid, Effect, Principal.'
    expect(describeLocation(text, message)).toBe('Line 3, column 5: ')
  })

  it('says nothing when the message points nowhere', () => {
    expect(describeLocation('{}', 'The policy has no Statement.')).toBe('')
  })
})
