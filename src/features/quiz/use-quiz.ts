import { useEffect, useMemo, useState } from 'react'
import {
  checkQuizSettings,
  generateQuiz,
  type Quiz,
  type QuizDeck,
  type QuizSettings,
} from '@/core/quiz/index.ts'
import type { QuizLink } from '@/routes/classroom-paths.ts'
import { loadQuizDeck } from '@/stores/quiz-deck.ts'

export type QuizLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'bad-link'; readonly problems: readonly string[] }
  | { readonly state: 'ready'; readonly quiz: Quiz; readonly settings: QuizSettings }

/** The deck as the quiz reads it, loaded on the quiz's own routes only. */
export function useQuizDeck(): { deck?: QuizDeck; error?: string } {
  const [loaded, setLoaded] = useState<{ deck?: QuizDeck; error?: string }>({})
  useEffect(() => {
    let live = true
    loadQuizDeck().then(
      (deck) => live && setLoaded({ deck }),
      (error: unknown) =>
        live && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      live = false
    }
  }, [])
  return loaded
}

/**
 * The quiz a link names: its settings checked (the seed, count and timer at once; the tags once
 * the deck is here), then its questions from the seed. A bad link gives its problems, in words.
 */
export function useQuiz(link: QuizLink): QuizLoad {
  const { deck, error } = useQuizDeck()
  const early = useMemo(() => checkQuizSettings(link), [link])
  return useMemo((): QuizLoad => {
    if (!early.ok) return { state: 'bad-link', problems: early.problems }
    if (error !== undefined) return { state: 'failed', message: error }
    if (!deck) return { state: 'loading' }
    const known = new Set(deck.cards.flatMap((card) => card.tags))
    const check = checkQuizSettings(link, known)
    if (!check.ok) return { state: 'bad-link', problems: check.problems }
    const { settings } = check
    const quiz = generateQuiz(deck, settings)
    if (quiz.questions.length === 0)
      return {
        state: 'bad-link',
        problems: ['These tags give no question: each needs three other answers to offer.'],
      }
    return { state: 'ready', quiz, settings }
  }, [early, error, deck, link])
}
