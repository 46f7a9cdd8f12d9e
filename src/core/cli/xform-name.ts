/**
 * botocore's `xform_name(name, '-')`: how a model name becomes a CLI name (`CreateKey` →
 * `create-key`, `KeyId` → `--key-id`, `ListARNs` → `list-arns`).
 * @see https://github.com/aws/aws-cli/blob/v2/awscli/botocore/__init__.py
 */
export function xformName(name: string): string {
  if (name.includes('-')) return name
  // A run of capitals ending in `s` (`ARNs`) stays one word.
  const plural = /[A-Z]{2,}s$/.exec(name)
  let base = name
  if (plural) base = `${name.slice(0, -plural[0].length)}-${plural[0].toLowerCase()}`
  const s1 = base.replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
  return s1.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}
