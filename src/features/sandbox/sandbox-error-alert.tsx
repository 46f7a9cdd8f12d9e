import { AwsErrorAlert } from '@/components/ui/aws-error-alert.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import type { AwsErrorView } from '@/stores/sandbox-store.ts'

/**
 * An AWS error of the sandbox: name and message as AWS returns them, why it happened and what
 * fixes it, and a link to the cards that teach it (issue 11, item 9).
 */
export function SandboxErrorAlert({ error }: { error: AwsErrorView }) {
  const tag = error.explanation?.cardTag
  return (
    <AwsErrorAlert
      error={error}
      more={
        tag && (
          <p>
            <TextLink href={paths.browse.tag(tag)}>The cards on {tag}</TextLink>
          </p>
        )
      }
    />
  )
}
