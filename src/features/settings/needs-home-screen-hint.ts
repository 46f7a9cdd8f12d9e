/**
 * Safari on iOS and iPadOS has no install offer (no beforeinstallprompt): a web app is installed
 * from the Share menu, "Add to Home Screen". iPadOS reports itself as a Mac, told apart by touch.
 * @see https://developer.apple.com/documentation/safari-release-notes (web apps on the home screen)
 */
export function needsHomeScreenHint(
  agent: { userAgent: string; platform: string; maxTouchPoints: number },
  installed: boolean,
): boolean {
  if (installed) return false
  const iPhoneOrIPad = /\b(iPhone|iPad|iPod)\b/.test(agent.userAgent)
  const iPadAsMac = agent.platform === 'MacIntel' && agent.maxTouchPoints > 1
  return iPhoneOrIPad || iPadAsMac
}
