import type { CSSProperties } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { ButtonLink } from '@/components/ui/button-link.tsx'
import { classroomPaths } from '@/routes/classroom-paths.ts'

/** What is wrong with a quiz link, and the way to a quiz that works. */
export function BadQuizLink({
  problems,
  headingStyle,
}: {
  problems: readonly string[]
  /** The heading's size in presenter mode (the app's own size otherwise). */
  headingStyle?: CSSProperties
}) {
  return (
    <div className="space-y-4">
      <h1 className={headingStyle ? 'font-bold' : 'text-2xl font-bold'} style={headingStyle}>
        This quiz link does not work
      </h1>
      <Alert tone="error" title="What is wrong with the link">
        <ul className="list-disc space-y-1 pl-6">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </Alert>
      <ButtonLink href={classroomPaths.quizHome()} variant="primary">
        Start a new quiz
      </ButtonLink>
    </div>
  )
}
