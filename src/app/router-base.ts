/**
 * The router's base from Vite's `base` (`import.meta.env.BASE_URL`, always ending in `/`):
 * wouter wants it without the trailing slash, and nothing at all for the root, so every route in
 * src/routes/paths.ts stays written from `/` whatever path the app is hosted under.
 * @see https://github.com/molefrog/wouter#router-hrefs-and-base-path
 */
export function routerBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '')
}
