import type { AppPath } from '@/routes/paths.ts'

/**
 * The full address of an in-app path, for "Copy link" (a slide or a chat needs the whole URL),
 * under the base path the app is hosted at.
 */
export function absoluteUrl(path: AppPath): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '')
  return `${window.location.origin}${base}${path}`
}
