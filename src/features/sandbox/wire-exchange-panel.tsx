import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { CliEquivalent } from './cli-equivalent.tsx'

/**
 * The last action's request and response exactly as the AWS SDK sends and receives them
 * (awsJson1_1 over HTTPS: `X-Amz-Target: TrentService.<Operation>` and a JSON body), so a learner
 * sees what their code would send (issue 11, item 9), and the AWS CLI command that sends the
 * same request (issue 13, item 6).
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
export function WireExchangePanel() {
  const exchange = useSandboxStore((s) => s.lastExchange)
  if (!exchange) return null
  return (
    <Panel title="Last request and response">
      <p className={`text-sm ${MUTED_TEXT}`}>
        As the AWS SDK sends it: <code className="font-mono">POST /</code> with{' '}
        <code className="font-mono break-all">X-Amz-Target: TrentService.{exchange.operation}</code>
        , and the JSON bodies below (blobs in base64, dates in seconds since 1970).
      </p>
      <CodeBlock label={`Request: ${exchange.operation}`} json={exchange.request} wrap />
      {exchange.response === undefined ? (
        <p className="text-sm">Response: HTTP 200 with an empty body.</p>
      ) : (
        <CodeBlock label={`Response: HTTP ${exchange.status}`} json={exchange.response} wrap />
      )}
      <CliEquivalent operation={exchange.operation} request={exchange.request} />
    </Panel>
  )
}
