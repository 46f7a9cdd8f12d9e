import { ShareLink } from '@/components/ui/share-link.tsx'
import { Alert } from '@/components/ui/alert.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { classroomPaths, type QuizLink } from '@/routes/classroom-paths.ts'
import { BadQuizLink } from './bad-quiz-link.tsx'
import { QuizPlay } from './quiz-play.tsx'
import { QuizStartForm } from './quiz-start-form.tsx'
import { useQuiz } from './use-quiz.ts'
import { useQuizLink } from './use-quiz-link.ts'

/**
 * `/quiz`: without a seed, the form that starts a quiz; with one, that quiz played alone. Nothing
 * here reads or writes study progress.
 */
export default function QuizPage() {
  useDocumentTitle('Quiz')
  const link = useQuizLink()
  return link === undefined ? <QuizStartForm /> : <LinkedQuiz link={link} />
}

function LinkedQuiz({ link }: { link: QuizLink }) {
  const load = useQuiz(link)
  if (load.state === 'bad-link') return <BadQuizLink problems={load.problems} />
  if (load.state === 'failed')
    return <Alert tone="error">The deck did not load: {load.message}</Alert>
  if (load.state === 'loading') return <p className={MUTED_TEXT}>Making the quiz…</p>
  const { quiz, settings } = load
  // The link as checked: what "Copy link" and "Present" hand on.
  const checked: QuizLink = {
    seed: settings.seed,
    count: settings.count,
    tags: settings.tags,
    ...(settings.timerSeconds !== undefined && { timerSeconds: settings.timerSeconds }),
  }
  const about = [
    `${quiz.questions.length} question${quiz.questions.length === 1 ? '' : 's'}`,
    settings.tags.length > 0 ? `tags ${settings.tags.join(', ')}` : 'the whole deck',
    settings.timerSeconds !== undefined ? `${settings.timerSeconds} s a question` : 'no timer',
  ].join(' · ')
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Quiz {settings.seed}</h1>
        <p className={`text-sm ${MUTED_TEXT}`}>{about}</p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {/* The room joins from their phones: the link, and its QR code on the projector. */}
          <ShareLink path={classroomPaths.quiz(checked)} what="this quiz" />
          <TextLink href={classroomPaths.present.quiz(checked)}>Present to a room</TextLink>
        </div>
      </div>
      <QuizPlay quiz={quiz} timerSeconds={settings.timerSeconds} />
    </div>
  )
}
