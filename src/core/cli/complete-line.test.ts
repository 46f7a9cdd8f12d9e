import { describe, expect, it } from 'vitest'
import { completeLine } from './complete-line.ts'

describe('completeLine', () => {
  it('completes a subcommand as far as the candidates agree', () => {
    expect(completeLine('aws kms enc', [])).toEqual({
      line: 'aws kms encrypt ',
      candidates: ['encrypt'],
    })
    expect(completeLine('aws kms list-a', []).line).toBe('aws kms list-aliases ')
    const generate = completeLine('aws kms generate-data-key-p', [])
    expect(generate.line).toBe('aws kms generate-data-key-pair')
    expect(generate.candidates).toEqual([
      'generate-data-key-pair',
      'generate-data-key-pair-without-plaintext',
    ])
  })

  it("completes the subcommand's flags and global options, not those already given", () => {
    expect(completeLine('aws kms encrypt --pl', []).line).toBe('aws kms encrypt --plaintext ')
    expect(completeLine('aws kms encrypt --plaintext AA== --ou', []).line).toBe(
      'aws kms encrypt --plaintext AA== --output ',
    )
    expect(completeLine('aws kms describe-key --key-id k --key', []).candidates).toEqual([])
  })

  it('completes key ids and aliases after a key flag', () => {
    const keys = ['alias/demo', '1234abcd-12ab-34cd-56ef-1234567890ab']
    expect(completeLine('aws kms describe-key --key-id al', keys).line).toBe(
      'aws kms describe-key --key-id alias/demo ',
    )
  })

  it('leaves a line with nothing to complete as it is', () => {
    expect(completeLine('aws kms nothing-like-this', [])).toEqual({
      line: 'aws kms nothing-like-this',
      candidates: [],
    })
  })
})
