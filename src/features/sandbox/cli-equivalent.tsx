import { CodeBlock } from '@/components/ui/code-block.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { toCliCommand } from '@/core/cli/to-cli-command.ts'
import { paths } from '@/routes/paths.ts'
import { handOffCliCommand } from '@/stores/sandbox-cli-handoff.ts'

/**
 * The console's last action as the AWS CLI command that sends the same request (issue 13, item
 * 6): copyable, and one click from the CLI panel, where it waits typed in for the learner to run.
 * Blobs are base64, as AWS CLI v2 takes them by default.
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-types.html
 */
export function CliEquivalent({ operation, request }: { operation: string; request: unknown }) {
  const command = toCliCommand(operation, request)
  if (command === undefined) return null
  return (
    <div className="space-y-1">
      <CodeBlock label="AWS CLI command" text={command} wrap />
      <p className="text-sm">
        {/* The router calls onClick only for a plain click, the one that opens the panel in this
            tab: a click that opens another tab hands nothing over to a later visit here. */}
        <TextLink href={paths.sandbox.cli()} onClick={() => handOffCliCommand(command)}>
          Run in the CLI panel
        </TextLink>
      </p>
    </div>
  )
}
