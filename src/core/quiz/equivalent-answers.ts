/**
 * When two answer options would read as the same answer to a room: a multiple-choice question
 * must never offer two options where both are right, or where one is the other with more words
 * (issue 14: "never two equivalent answers").
 */

/**
 * Lower case, with every run of punctuation, symbols and white space made one space: "Every
 * year." and "every  year" compare equal, as do `ReEncrypt` and "reencrypt". An ellipsis (a cut
 * option) is punctuation too, so a cut answer compares by the words it shows.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * True when the two texts are the same after {@link normalizeAnswer}, or one's words appear,
 * whole and in order, inside the other's ("Every year" and "Every year, automatically"): either
 * could be argued right. An answer with no words at all is equivalent to anything, so it is never
 * offered.
 */
export function equivalentAnswers(a: string, b: string): boolean {
  const left = normalizeAnswer(a)
  const right = normalizeAnswer(b)
  if (left === '' || right === '') return true
  // Padding with spaces matches whole words only: "key" is not inside "keys".
  return ` ${left} `.includes(` ${right} `) || ` ${right} `.includes(` ${left} `)
}
