/** `/browse/:cardId` matches `/browse/x`: one non-empty segment per parameter, as in wouter. */
export function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  return (
    want.length === got.length && want.every((part, i) => part.startsWith(':') || part === got[i])
  )
}
