// The part of jsdom's API render-first-visit.ts uses (jsdom ships no types, and @types/jsdom is
// not among the dev dependencies). https://github.com/jsdom/jsdom#basic-usage
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean })
    readonly window: Window & typeof globalThis
  }
}
