import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { classroomPaths } from '@/routes/classroom-paths.ts'
import { SandboxAccount } from '../sandbox-account.tsx'
import { EnvelopeWalkthrough } from './envelope-walkthrough.tsx'

/** The envelope encryption walkthrough (issue 12, item 1). */
export default function EnvelopePage() {
  useDocumentTitle('Envelope encryption, step by step')
  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight lg:text-3xl">
        Envelope encryption, step by step
      </h1>
      <p className="text-base lg:text-lg">
        KMS encrypts a small data key; the data key encrypts your data, here in your browser.{' '}
        <TextLink href={classroomPaths.present.sandbox('envelope')}>Present</TextLink> it to a room,
        one step per screen.
      </p>
      <SandboxAccount>
        <EnvelopeWalkthrough />
      </SandboxAccount>
    </div>
  )
}
