/**
 * The URL of the module a failed dynamic import names, when the browser names it (Chromium:
 * "Failed to fetch dynamically imported module: <url>", Firefox: "error loading dynamically
 * imported module: <url>"; Safari names none).
 */
export function failedModuleUrl(message: string): string | undefined {
  return /\bhttps?:\/\/[^\s"'()]+\.js\b/.exec(message)?.[0]
}
