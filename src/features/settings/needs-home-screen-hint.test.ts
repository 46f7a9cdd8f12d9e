import { describe, expect, it } from 'vitest'
import { needsHomeScreenHint } from './needs-home-screen-hint.ts'

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const MAC_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'

describe('needsHomeScreenHint', () => {
  it('explains Add to Home Screen on an iPhone and on an iPad that reports a Mac', () => {
    expect(
      needsHomeScreenHint({ userAgent: IPHONE, platform: 'iPhone', maxTouchPoints: 5 }, false),
    ).toBe(true)
    expect(
      needsHomeScreenHint(
        { userAgent: MAC_SAFARI, platform: 'MacIntel', maxTouchPoints: 5 },
        false,
      ),
    ).toBe(true)
  })
  it('stays quiet once installed, on a Mac without touch, and where the browser offers Install', () => {
    expect(
      needsHomeScreenHint({ userAgent: IPHONE, platform: 'iPhone', maxTouchPoints: 5 }, true),
    ).toBe(false)
    expect(
      needsHomeScreenHint(
        { userAgent: MAC_SAFARI, platform: 'MacIntel', maxTouchPoints: 0 },
        false,
      ),
    ).toBe(false)
    expect(
      needsHomeScreenHint(
        { userAgent: ANDROID, platform: 'Linux armv8l', maxTouchPoints: 5 },
        false,
      ),
    ).toBe(false)
  })
})
