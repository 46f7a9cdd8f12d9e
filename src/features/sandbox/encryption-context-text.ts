import type { EncryptionContext } from '@/core/kms/index.ts'

export type ParsedContext =
  { ok: true; context: EncryptionContext } | { ok: false; message: string }

/**
 * The encryption context as a learner types it: `key=value` pairs separated by commas, e.g.
 * `table=orders, env=test`. Empty means no context. Spaces around keys and values are trimmed.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
export function parseEncryptionContext(text: string): ParsedContext {
  const context: EncryptionContext = {}
  if (text.trim() === '') return { ok: true, context }
  for (const part of text.split(',')) {
    const at = part.indexOf('=')
    const key = part.slice(0, at).trim()
    const value = part.slice(at + 1).trim()
    if (at < 0 || key === '' || value === '') {
      return {
        ok: false,
        message: `“${part.trim()}” is not a key=value pair. Write the context as key=value pairs separated by commas, like table=orders, env=test.`,
      }
    }
    if (Object.hasOwn(context, key)) {
      return { ok: false, message: `The key “${key}” appears twice in the encryption context.` }
    }
    context[key] = value
  }
  return { ok: true, context }
}
