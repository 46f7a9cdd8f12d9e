/**
 * Stands in for the `use-sync-external-store/shim` package that wouter imports: the shim exists
 * for React 16 and 17, and React 19 has `useSyncExternalStore` built in. Aliased in
 * vite.config.ts, it keeps 0.7 KB of compatibility code off the first screen.
 * @see https://github.com/facebook/react/tree/main/packages/use-sync-external-store#readme
 */
export { useSyncExternalStore } from 'react'
