import { describe, expect, it } from 'vitest'
import { compileDeck } from './compile-deck.ts'
import { scenarioCards } from './scenario-cards.ts'

const file = (text: string) => ({ path: 'cards/01-basics.md', text })

describe('the cards each sandbox scenario links back to', () => {
  it('lists the cards whose try: names it, in deck order, with their questions as text', () => {
    const { deck, errors } = compileDeck([
      file(
        [
          '# Basics',
          '',
          '## first',
          'tags: a',
          'try: rotation',
          'source: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
          '',
          'Does **rotation** keep old material?',
          '',
          '---',
          '',
          'Yes.',
          '',
          '## second',
          'tags: a',
          'source: https://docs.aws.amazon.com/kms/latest/developerguide/overview.html',
          '',
          'What is KMS?',
          '',
          '---',
          '',
          'A service.',
          '',
        ].join('\n'),
      ),
    ])
    expect(errors).toEqual([])
    expect(scenarioCards(deck)).toEqual({
      rotation: [{ id: 'first', question: 'Does rotation keep old material?' }],
    })
  })
})
