// Values vite.config.ts writes into the build (`define`).
interface ImportMetaEnv {
  /** package.json's version, or KEYDECK_VERSION from the build's environment (a test's second build). */
  readonly KEYDECK_VERSION: string
}
