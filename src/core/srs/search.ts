/**
 * The srs entry for the card browser's search: Anki's search syntax (`parseSearch`), which cards
 * a search finds given the learner's progress (`matchesSearch`), and the search behind each row
 * of "Cards by state" in the statistics. Plain code, no ts-fsrs or zod: the browser loads it with
 * its own screen, never the study screen.
 */
export * from './search/match-search.ts'
export * from './search/search-syntax.ts'
export * from './search/state-count-searches.ts'
