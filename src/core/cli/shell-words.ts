/**
 * Splits a command line into words as a POSIX shell does, enough for the AWS CLI examples
 * learners copy: single quotes (literal), double quotes (`\` escapes only `$`, `` ` ``, `"`, `\`
 * and a newline), a backslash outside quotes escapes the next character, and `\` before a
 * newline joins the lines (a line continuation). `|` and `>` are operators, returned as such.
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_02_03
 */
export type ShellToken =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'operator'; readonly text: '|' | '>' }

export type ShellWordsResult =
  | { readonly ok: true; readonly tokens: readonly ShellToken[] }
  /** The message bash prints for the unterminated quote. */
  | { readonly ok: false; readonly message: string }

const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n'])

/** `lastExitCode` is what `$?` expands to (outside single quotes). */
export function shellWords(line: string, lastExitCode = 0): ShellWordsResult {
  const tokens: ShellToken[] = []
  let word = ''
  let inWord = false
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', text: word })
    word = ''
    inWord = false
  }
  let i = 0
  while (i < line.length) {
    const c = line[i]!
    if (c === '\\') {
      const next = line[i + 1]
      if (next === undefined) {
        i += 1
        continue
      }
      if (next !== '\n') {
        word += next
        inWord = true
      }
      i += 2
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end < 0) return unterminated("'")
      word += line.slice(i + 1, end)
      inWord = true
      i = end + 1
    } else if (c === '"') {
      inWord = true
      i += 1
      for (;;) {
        const d = line[i]
        if (d === undefined) return unterminated('"')
        if (d === '"') break
        if (d === '$' && line[i + 1] === '?') {
          word += String(lastExitCode)
          i += 2
          continue
        }
        if (d === '\\' && DOUBLE_QUOTE_ESCAPES.has(line[i + 1] ?? '')) {
          if (line[i + 1] !== '\n') word += line[i + 1]
          i += 2
        } else {
          word += d
          i += 1
        }
      }
      i += 1
    } else if (c === '$' && line[i + 1] === '?') {
      word += String(lastExitCode)
      inWord = true
      i += 2
    } else if (c === '|' || c === '>') {
      endWord()
      tokens.push({ kind: 'operator', text: c })
      i += 1
    } else if (c === ' ' || c === '\t' || c === '\n') {
      endWord()
      i += 1
    } else {
      word += c
      inWord = true
      i += 1
    }
  }
  endWord()
  return { ok: true, tokens }
}

function unterminated(quote: string): ShellWordsResult {
  return {
    ok: false,
    message: `bash: unexpected EOF while looking for matching \`${quote}'`,
  }
}

// Characters no POSIX shell treats specially anywhere in a word (no globbing, expansion,
// comment, tilde or brace meaning), so a word made only of them needs no quotes.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/

/**
 * The inverse of `shellWords` for one word: the word as is when it is safe, else in single
 * quotes (each `'` written `'\''`), which a POSIX shell, bash and `shellWords` all read back
 * literally. An empty word is `''`.
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_02_02_02
 */
export function quoteWord(text: string): string {
  if (SAFE_WORD.test(text)) return text
  return `'${text.replaceAll("'", `'\\''`)}'`
}
