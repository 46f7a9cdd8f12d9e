import { useEffect, type ReactNode } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { moveSandboxHere, startSandbox } from '@/stores/sandbox-connection.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'

/**
 * Starts the simulator in this tab and shows `children` once the account is ready; meanwhile,
 * or when another tab runs it, or when it could not start, says so instead.
 */
export function SandboxAccount({ children }: { children: ReactNode }) {
  useEffect(() => {
    void startSandbox()
  }, [])
  const status = useSandboxStore((s) => s.status)
  const failure = useSandboxStore((s) => s.failure)

  switch (status) {
    case 'ready':
      return children
    case 'connecting':
      return <p role="status">Starting the simulator…</p>
    case 'elsewhere':
      return (
        <Alert>
          <p>
            The sandbox is open in another tab. One tab at a time runs it, so that two simulators
            never change your account at once.
          </p>
          <Button variant="primary" className="mt-2" onClick={() => void moveSandboxHere()}>
            Use the sandbox here
          </Button>
        </Alert>
      )
    case 'failed':
      return (
        <Alert tone="error">
          <p>The simulator could not start: {failure}. Your study progress is not affected.</p>
        </Alert>
      )
  }
}
