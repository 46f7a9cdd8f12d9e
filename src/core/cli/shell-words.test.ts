import { describe, expect, it } from 'vitest'
import { quoteWord, shellWords } from './shell-words.ts'

const words = (line: string) => {
  const result = shellWords(line)
  if (!result.ok) throw new Error(result.message)
  return result.tokens.map((t) => (t.kind === 'word' ? t.text : `<${t.text}>`))
}

describe('shellWords', () => {
  it('splits on blanks and keeps quoted blanks', () => {
    expect(words(`aws kms create-key --description "my key"  --tags 'a b'`)).toEqual([
      'aws',
      'kms',
      'create-key',
      '--description',
      'my key',
      '--tags',
      'a b',
    ])
  })

  it('keeps single quotes literal and escapes in double quotes only $ ` " \\', () => {
    expect(words(`'a\\"b' "c\\"d\\e" f\\ g`)).toEqual(['a\\"b', 'c"d\\e', 'f g'])
  })

  it('joins backslash line continuations, as in the AWS examples', () => {
    expect(words('aws kms encrypt \\\n    --key-id k \\\n    --plaintext fileb://p')).toEqual([
      'aws',
      'kms',
      'encrypt',
      '--key-id',
      'k',
      '--plaintext',
      'fileb://p',
    ])
  })

  it('keeps an empty quoted word', () => {
    expect(words(`echo "" ''`)).toEqual(['echo', '', ''])
  })

  it('returns pipes and redirections as operators', () => {
    expect(words('a --query X|base64 --decode >out')).toEqual([
      'a',
      '--query',
      'X',
      '<|>',
      'base64',
      '--decode',
      '<>>',
      'out',
    ])
  })

  it('reports an unterminated quote as bash does', () => {
    expect(shellWords(`echo 'abc`)).toEqual({
      ok: false,
      message: "bash: unexpected EOF while looking for matching `''",
    })
  })
})

describe('shellWords $?', () => {
  it('expands $? outside single quotes', () => {
    const result = shellWords(`echo $? "$?" '$?'`, 254)
    expect(result.ok && result.tokens.map((t) => t.text)).toEqual(['echo', '254', '254', '$?'])
  })
})

describe('quoteWord', () => {
  it('leaves a safe word bare and quotes the rest in single quotes', () => {
    expect(quoteWord('alias/orders-key')).toBe('alias/orders-key')
    expect(quoteWord('aGk=')).toBe('aGk=')
    expect(quoteWord('')).toBe("''")
    expect(quoteWord('{"table":"orders"}')).toBe(`'{"table":"orders"}'`)
    expect(quoteWord("it's")).toBe(`'it'\\''s'`)
  })

  it('gives back every word unchanged through shellWords, specials included', () => {
    const tricky = [
      '',
      ' ',
      'a b',
      "it's",
      "''",
      '"',
      '\\',
      '$?',
      '$(ls)',
      '`ls`',
      'a|b',
      'a>b',
      '#x',
      '~',
      '*',
      '{a,b}',
      'tab\there',
      'new\nline',
      '-x',
      'café ☕',
    ]
    for (const word of tricky)
      expect(words(`echo ${quoteWord(word)} end`)).toEqual(['echo', word, 'end'])
  })
})
