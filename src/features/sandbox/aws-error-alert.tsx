import type { AwsErrorView } from '@/stores/sandbox-store.ts'

/** An error exactly as AWS names it, e.g. `DisabledException`, with its message. */
export function AwsErrorAlert({ error }: { error: AwsErrorView }) {
  return (
    <p
      role="alert"
      className="rounded-md border-l-4 border-red-600 bg-red-50 p-3 text-sm dark:border-red-400 dark:bg-red-500/10"
    >
      <strong className="font-mono">{error.name}</strong>: {error.message}
    </p>
  )
}
