import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { classroomPaths, type QuizLink } from '@/routes/classroom-paths.ts'
import { BadQuizLink } from './bad-quiz-link.tsx'
import { PresentedQuiz, PRESENTER_FONT } from './presented-quiz.tsx'
import { useQuiz } from './use-quiz.ts'
import { useQuizLink } from './use-quiz-link.ts'

/**
 * `/present/quiz?seed=…`: a quiz presented to a room. It reads only the deck: no study progress,
 * no personal notices.
 */
export default function PresentQuizPage() {
  useDocumentTitle('Present a quiz')
  const link = useQuizLink()
  return (
    <PresentedLinkedQuiz
      // Without a seed there is no quiz to present: the same message as a bad seed.
      link={link ?? { seed: '' }}
    />
  )
}

function PresentedLinkedQuiz({ link }: { link: QuizLink }) {
  const load = useQuiz(link)
  if (load.state === 'ready') {
    const { quiz, settings } = load
    const leaveTo = classroomPaths.quiz({
      seed: settings.seed,
      count: settings.count,
      tags: settings.tags,
      ...(settings.timerSeconds !== undefined && { timerSeconds: settings.timerSeconds }),
    })
    return <PresentedQuiz quiz={quiz} timerSeconds={settings.timerSeconds} leaveTo={leaveTo} />
  }
  return (
    <div className="min-h-dvh" style={{ ...PRESENTER_FONT.label, padding: '4vh 4vw' }}>
      {load.state === 'bad-link' && (
        <BadQuizLink problems={load.problems} headingStyle={PRESENTER_FONT.question} />
      )}
      {load.state === 'failed' && <Alert tone="error">The deck did not load: {load.message}</Alert>}
      {load.state === 'loading' && <p className={MUTED_TEXT}>Making the quiz…</p>}
    </div>
  )
}
