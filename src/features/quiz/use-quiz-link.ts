import { useMemo } from 'react'
import { useSearch } from 'wouter'
import { quizLinkOf, type QuizLink } from '@/routes/classroom-paths.ts'

/** The quiz link in the address (`?seed=…&count=…&tag=…&timer=…`), undefined without a seed. */
export function useQuizLink(): QuizLink | undefined {
  const search = useSearch()
  return useMemo(() => quizLinkOf(search), [search])
}
