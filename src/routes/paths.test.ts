import { describe, expect, it } from 'vitest'
import type { CardId } from '@/core/deck/card.ts'
import { SANDBOX_SCENARIO_NAMES } from '@/core/deck/sandbox-scenarios.ts'
import { browseQueryOf, browseSearch, paths, ROUTES } from './paths.ts'

/** The parameters of `pattern` in the path of `url`, as a wouter pattern reads them. */
function match(pattern: string, url: string): Record<string, string> | undefined {
  const path = new URL(url, 'http://app').pathname
  const names: string[] = []
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => (names.push(name), '([^/]+)'))
  const found = new RegExp(`^${source}$`).exec(path)
  if (!found) return undefined
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]))
}

const card = 'rotation-aws-managed-yearly' as CardId

describe('the route table', () => {
  it('builds each screen at the pattern the app matches', () => {
    expect(match(ROUTES.study, paths.study())).toEqual({})
    expect(match(ROUTES.browse, paths.browse.list())).toEqual({})
    expect(match(ROUTES.browseCard, paths.browse.card(card))).toEqual({ cardId: card })
    expect(match(ROUTES.stats, paths.stats())).toEqual({})
    expect(match(ROUTES.settings, paths.settings.page())).toEqual({})
    expect(match(ROUTES.settings, paths.settings.backup())).toEqual({})
    expect(match(ROUTES.sandbox, paths.sandbox.home())).toEqual({})
    for (const name of SANDBOX_SCENARIO_NAMES) {
      expect(match(ROUTES.sandboxScenario, paths.sandbox.scenario(name))).toEqual({
        scenario: name,
      })
    }
    const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab'
    expect(match(ROUTES.sandboxKey, paths.sandbox.key(keyId))).toEqual({ keyId })
  })

  it('gives a key page its own route, which no scenario name swallows', () => {
    const keyPage = paths.sandbox.key('1234abcd-12ab-34cd-56ef-1234567890ab')
    expect(keyPage).toBe('/sandbox/keys/1234abcd-12ab-34cd-56ef-1234567890ab')
    expect(match(ROUTES.sandboxScenario, keyPage)).toBeUndefined()
  })

  it('keeps the deep links cards and slides already use', () => {
    expect(paths.sandbox.scenario('rotation')).toBe('/sandbox/rotation')
    expect(paths.browse.card(card)).toBe('/browse/rotation-aws-managed-yearly')
    expect(paths.browse.tag('aliases')).toBe('/browse?tag=aliases')
    expect(paths.settings.backup()).toBe('/settings#backup')
  })

  it('carries the browser search into a card link and back', () => {
    const query = { text: 'key policy & grants', tags: ['aliases', 'key-policy'] }
    const url = paths.browse.card(card, query)
    expect(url).toBe(
      '/browse/rotation-aws-managed-yearly?q=key+policy+%26+grants&tag=aliases&tag=key-policy',
    )
    expect(browseQueryOf(new URL(url, 'http://app').search)).toEqual(query)
    expect(browseSearch({ text: '', tags: [] })).toBe('')
    expect(browseQueryOf('')).toEqual({ text: '', tags: [] })
  })

  it('puts an Anki-style search in the URL, so it is a deep link', () => {
    const text = 'is:suspended -"data key" prop:lapses>=3'
    const url = paths.browse.search(text)
    expect(url).toBe('/browse?q=is%3Asuspended+-%22data+key%22+prop%3Alapses%3E%3D3')
    expect(browseQueryOf(new URL(url, 'http://app').search)).toEqual({ text, tags: [] })
    // Typed by hand, unescaped, it reads the same.
    expect(browseQueryOf('?q=is:suspended flag:1')).toEqual({
      text: 'is:suspended flag:1',
      tags: [],
    })
  })

  it('escapes an id that is not URL-safe, so it cannot leave its path segment', () => {
    const odd = 'a/b?c#d' as CardId
    expect(match(ROUTES.browseCard, paths.browse.card(odd))).toEqual({ cardId: odd })
  })
})
