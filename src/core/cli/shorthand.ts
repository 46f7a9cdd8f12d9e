/**
 * The AWS CLI's shorthand syntax (`shorthand.py`): `key=value,key2=value2`; a bare `,value`
 * after a value makes a list (`a=x,y` is `{"a": ["x", "y"]}`); values may be quoted; `\,`
 * escapes a comma; `{…}` and `[…]` nest.
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
 */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue }

export class ShorthandError extends Error {}

const KEY = /^[A-Za-z0-9\-_.#/:]+/

export function parseShorthand(input: string): { [key: string]: ShorthandValue } {
  let i = 0
  const fail = (expected: string): never => {
    const actual = i >= input.length ? 'EOF' : input[i]!
    throw new ShorthandError(
      `Expected: '${expected}', received: '${actual}' for input:\n ${input}\n${' '.repeat(i)}^`,
    )
  }
  const skipSpaces = () => {
    while (input[i] === ' ') i++
  }

  function keyvals(closing?: string): { [key: string]: ShorthandValue } {
    const result: { [key: string]: ShorthandValue } = {}
    for (;;) {
      skipSpaces()
      const key = KEY.exec(input.slice(i))?.[0]
      if (!key) fail('=')
      i += key!.length
      skipSpaces()
      if (input[i] !== '=') fail('=')
      i++
      if (key! in result)
        throw new ShorthandError(
          `Second instance of key "${key!}" encountered for input:\n${input}\n${' '.repeat(i)}^\nThis is often because there is a preceding "," instead of a space.`,
        )
      result[key!] = values(closing)
      skipSpaces()
      if (input[i] === ',') {
        i++
        continue
      }
      return result
    }
  }

  function values(closing?: string): ShorthandValue {
    skipSpaces()
    if (input[i] === '[') return explicitList()
    if (input[i] === '{') {
      i++
      const hash = keyvals('}')
      if (input[i] !== '}') fail('}')
      i++
      return hash
    }
    const first = value(closing)
    const list: string[] = [first]
    // A `,` followed by something that is not `key=` continues a list of values.
    while (input[i] === ',' && !/^\s*[A-Za-z0-9\-_.#/:]+\s*=/.test(input.slice(i + 1))) {
      i++
      list.push(value(closing))
    }
    return list.length === 1 ? first : list
  }

  function explicitList(): ShorthandValue[] {
    i++
    const list: ShorthandValue[] = []
    skipSpaces()
    while (input[i] !== ']') {
      if (i >= input.length) fail(']')
      list.push(input[i] === '{' || input[i] === '[' ? values(']') : value(']'))
      skipSpaces()
      if (input[i] === ',') i++
      skipSpaces()
    }
    i++
    return list
  }

  function value(closing?: string): string {
    skipSpaces()
    const quote = input[i]
    if (quote === '"' || quote === "'") {
      const end = input.indexOf(quote, i + 1)
      if (end < 0) fail(quote)
      const text = input.slice(i + 1, end)
      i = end + 1
      return text
    }
    let text = ''
    while (i < input.length && input[i] !== ',' && input[i] !== closing) {
      if (input[i] === '\\' && input[i + 1] === ',') {
        text += ','
        i += 2
      } else text += input[i++]
    }
    return text.trim()
  }

  const result = keyvals()
  if (i < input.length) fail(',')
  return result
}
