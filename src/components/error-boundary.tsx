import { Component, type ReactNode } from 'react'

interface Props {
  /** What to show instead of the children once they threw; `retry` renders them again. */
  readonly fallback: (error: Error, retry: () => void) => ReactNode
  /** When this changes (e.g. the route), a shown error is cleared and the children render again. */
  readonly resetKey?: unknown
  readonly onRetry?: () => void
  readonly children: ReactNode
}

interface State {
  readonly error: Error | undefined
}

/**
 * Catches an error thrown while rendering its children (or a lazy chunk that failed to load)
 * and shows `fallback` in their place, so one broken screen never blanks the whole app. React
 * has error boundaries only as class components. What was caught is reported by the root's
 * `onCaughtError` (src/main.tsx).
 * @see https://react.dev/reference/react/Component#catching-rendering-errors-with-an-error-boundary
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined }

  static getDerivedStateFromError(thrown: unknown): State {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) }
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.retry()
  }

  retry = () => {
    this.props.onRetry?.()
    this.setState({ error: undefined })
  }

  override render() {
    return this.state.error
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children
  }
}
