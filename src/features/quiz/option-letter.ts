/** Options are labelled A–D, in the room and alone, so "B" means the same to everyone. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const

export function optionLetter(index: number): string {
  return OPTION_LETTERS[index] ?? String(index + 1)
}

/**
 * The option a key chooses: 1–4 or a–d (the letters on screen), or undefined for any other key.
 */
export function optionOfKey(key: string): number | undefined {
  const digit = '1234'.indexOf(key)
  if (key.length === 1 && digit >= 0) return digit
  const letter = 'abcd'.indexOf(key.toLowerCase())
  return key.length === 1 && letter >= 0 ? letter : undefined
}
