/**
 * The quiz generator (issue 14, item 2): multiple-choice questions from the deck, each a card's
 * front with four options: that card's answer and three other cards' answers that share a tag
 * with it. Pure and seeded: the same deck and options give a deep-equal quiz, so a quiz link
 * (its seed in the URL) gives every device in the room the same questions in the same order.
 */
import type { Card, CardId, RichText } from '../deck/index.ts'
import { answerOption, isYesNoAnswer } from './answer-text.ts'
import { equivalentAnswers } from './equivalent-answers.ts'
import { quizSeedValue, type QuizSeed } from './quiz-seed.ts'
import { mulberry32, shuffled, type Random } from './seeded-random.ts'

/** Every question offers this many options: its answer and three distractors. */
export const QUIZ_OPTION_COUNT = 4

export interface QuizOptions {
  readonly seed: QuizSeed
  /** How many questions, at least 1; capped by how many the deck can make ({@link Quiz.available}). */
  readonly count: number
  /**
   * Ask only about cards with at least one of these tags (a teacher's "tag set" is the union of
   * its tags, as a room reviews several related tags at once). Absent or empty: the whole deck.
   * Distractors still come from the whole deck.
   */
  readonly tags?: readonly string[]
}

export interface QuizOption {
  /** The card the text is the answer of: the question's own card for the right option. */
  readonly cardId: CardId
  readonly text: string
}

export interface QuizQuestion {
  readonly cardId: CardId
  readonly topic: string
  /** The card's front, as the deck has it, for the app's rich-text view. */
  readonly front: RichText
  /** {@link QUIZ_OPTION_COUNT} options, pairwise not equivalent, in seeded order. */
  readonly options: readonly QuizOption[]
  /** Where the right answer (the option whose cardId is the question's) is in `options`. */
  readonly answerIndex: number
}

export interface Quiz {
  readonly seed: QuizSeed
  readonly questions: readonly QuizQuestion[]
  /** How many questions these tags could give (the cap on `count`). */
  readonly available: number
}

/**
 * What the generator reads of a card. The app holds the deck in parts loaded at different times
 * (src/core/deck/split-deck.ts: summaries, fronts, tags, details), so it passes only these, not
 * whole cards (a card's sources and notes play no part in a quiz).
 */
export type QuizCard = Pick<Card, 'id' | 'topic' | 'tags' | 'front' | 'back'>

/** The cards a quiz is drawn from, in deck order (the order is part of what a seed means). */
export interface QuizDeck {
  readonly cards: readonly QuizCard[]
}

/** A card that can be a question or a distractor, with its option text. */
interface Candidate {
  readonly card: QuizCard
  readonly answer: string
}

export function generateQuiz(deck: QuizDeck, { seed, count, tags = [] }: QuizOptions): Quiz {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`a quiz has at least one question, not ${count}`)
  const random = mulberry32(quizSeedValue(seed))
  const pool = quizCandidates(deck)
  const byTag = cardsByTag(pool)
  const wanted = new Set(tags)
  const asked = pool.filter(
    ({ card }) => wanted.size === 0 || card.tags.some((tag) => wanted.has(tag)),
  )
  // Every card is tried, in seeded order, with one random stream: the first N questions of a
  // longer quiz are the N-question quiz, and `available` is exact.
  const questions: QuizQuestion[] = []
  for (const candidate of shuffled(random, asked)) {
    const question = makeQuestion(candidate, byTag, random)
    if (question) questions.push(question)
  }
  return { seed, questions: questions.slice(0, count), available: questions.length }
}

/**
 * The deck's cards that can take part, in deck order: a yes/no answer gives itself away among
 * other cards' answers (see `isYesNoAnswer`), and a back that opens with code has no option text.
 */
function quizCandidates(deck: QuizDeck): Candidate[] {
  const out: Candidate[] = []
  for (const card of deck.cards) {
    if (isYesNoAnswer(card.back)) continue
    const answer = answerOption(card.back)
    if (answer !== undefined) out.push({ card, answer })
  }
  return out
}

function cardsByTag(pool: readonly Candidate[]): ReadonlyMap<string, readonly Candidate[]> {
  const map = new Map<string, Candidate[]>()
  for (const candidate of pool)
    for (const tag of candidate.card.tags) {
      const list = map.get(tag)
      if (list) list.push(candidate)
      else map.set(tag, [candidate])
    }
  return map
}

/**
 * The card's question, or undefined when its tags do not give three distractors that differ
 * from its answer and from each other. Such a card is skipped, not filled from its topic: a
 * distractor from outside the card's tags is often about something else and easy to rule out, and
 * "every distractor shares a tag" is a promise a teacher can check.
 */
function makeQuestion(
  { card, answer }: Candidate,
  byTag: ReadonlyMap<string, readonly Candidate[]>,
  random: Random,
): QuizQuestion | undefined {
  // The most specific tag first (fewest cards: its answers are the closest to this one); ties
  // keep the card's own tag order, whose first tag is its main subject.
  const tags = [...card.tags].sort(
    (a, b) => (byTag.get(a)?.length ?? 0) - (byTag.get(b)?.length ?? 0),
  )
  const chosen: QuizOption[] = []
  const seen = new Set<CardId>([card.id])
  for (const tag of tags) {
    for (const other of shuffled(random, byTag.get(tag) ?? [])) {
      if (chosen.length === QUIZ_OPTION_COUNT - 1) break
      if (seen.has(other.card.id)) continue
      seen.add(other.card.id)
      const text = other.answer
      if (
        equivalentAnswers(text, answer) ||
        chosen.some((option) => equivalentAnswers(text, option.text))
      )
        continue
      chosen.push({ cardId: other.card.id, text })
    }
  }
  if (chosen.length < QUIZ_OPTION_COUNT - 1) return undefined
  const options = shuffled(random, [{ cardId: card.id, text: answer }, ...chosen])
  return {
    cardId: card.id,
    topic: card.topic,
    front: card.front,
    options,
    answerIndex: options.findIndex((option) => option.cardId === card.id),
  }
}
