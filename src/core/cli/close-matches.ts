/**
 * Python's `difflib.get_close_matches(word, possibilities, n=3, cutoff)`, which the CLI uses for
 * "Maybe you meant": candidates whose Ratcliff/Obershelp ratio (SequenceMatcher.ratio, without
 * its junk heuristic, which only applies to strings of 200 characters or more) is at least
 * `cutoff`, best first.
 * @see https://docs.python.org/3/library/difflib.html#difflib.get_close_matches
 */
export function closeMatches(word: string, candidates: readonly string[], cutoff = 0.8): string[] {
  return candidates
    .map((candidate) => ({ candidate, score: ratio(candidate, word) }))
    .filter(({ score }) => score >= cutoff)
    .sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? 1 : -1))
    .slice(0, 3)
    .map(({ candidate }) => candidate)
}

function ratio(a: string, b: string): number {
  const total = a.length + b.length
  return total === 0 ? 1 : (2 * matchingCharacters(a, b)) / total
}

/** The characters of the longest common block, then recursively those left and right of it. */
function matchingCharacters(a: string, b: string): number {
  let best = 0
  let bestA = 0
  let bestB = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++
      if (k > best) {
        best = k
        bestA = i
        bestB = j
      }
    }
  }
  if (best === 0) return 0
  return (
    best +
    matchingCharacters(a.slice(0, bestA), b.slice(0, bestB)) +
    matchingCharacters(a.slice(bestA + best), b.slice(bestB + best))
  )
}
