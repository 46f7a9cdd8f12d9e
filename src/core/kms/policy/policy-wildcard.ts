/**
 * IAM wildcard matching: `*` matches any run of characters (including none) and `?` exactly one,
 * in actions, resources and the *Like condition operators
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String).
 */

const cache = new Map<string, RegExp>()

function toRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}:${pattern}`
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const source = Array.from(pattern, (ch) =>
    ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'),
  ).join('')
  const regExp = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's')
  if (cache.size > 1000) cache.clear()
  cache.set(cacheKey, regExp)
  return regExp
}

export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  return toRegExp(pattern, ignoreCase).test(value)
}
