import { useEffect, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { DataTable } from '@/components/ui/data-table.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { ProgressBar } from '@/components/ui/progress-bar.tsx'
import type { ModelFit } from '@/core/srs/optimizer-fit.ts'
import type { OptimizeResult } from '@/stores/optimizer-actions.ts'
import {
  OPTIMIZER_STEPS,
  type OptimizeOutcome,
  type OptimizerStep,
} from '@/stores/optimizer/optimizer-protocol.ts'
import { saveSettings } from '@/stores/study-data-actions.ts'
import { useStudyStore } from '@/stores/study.ts'

const STEP_TEXT: Readonly<Record<OptimizerStep, string>> = {
  loading: 'Loading the optimizer…',
  'checking-current': 'Checking how well your current parameters fit your reviews…',
  training: 'Training on your reviews (this can take a little while)…',
  'checking-new': 'Checking how well the new parameters fit…',
}

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly step: OptimizerStep }
  | { readonly kind: 'finished'; readonly result: OptimizeResult }
  | { readonly kind: 'applied' }
  | { readonly kind: 'apply-failed'; readonly message: string }

interface FitRow {
  readonly measure: string
  readonly of: (fit: ModelFit) => string
}

/** As Anki's Evaluate shows them: log loss to 4 decimals, RMSE (bins) as a percentage. */
const FIT_ROWS: readonly FitRow[] = [
  { measure: 'Log loss', of: (fit) => fit.logLoss.toFixed(4) },
  { measure: 'RMSE (bins)', of: (fit) => `${(fit.rmseBins * 100).toFixed(2)}%` },
]

function FitTable({ outcome }: { outcome: OptimizeOutcome }) {
  return (
    <DataTable
      caption="How well each set of parameters fits your review history (smaller is better)"
      columns={[
        { key: 'measure', header: 'Measure', cell: (row: FitRow) => row.measure },
        {
          key: 'current',
          header: 'Current',
          numeric: true,
          cell: (row) => row.of(outcome.currentFit),
        },
        {
          key: 'optimized',
          header: 'Optimized',
          numeric: true,
          cell: (row) => row.of(outcome.optimizedFit),
        },
      ]}
      rows={FIT_ROWS}
      rowKey={(row) => row.measure}
    />
  )
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function Result({
  result,
  onApply,
  applying,
}: {
  result: OptimizeResult
  onApply: (parameters: readonly number[]) => void
  applying: boolean
}) {
  switch (result.kind) {
    case 'not-enough':
      return (
        <Alert tone="info">
          <p>
            Optimizing needs at least {result.needed} reviews, as in Anki; you have {result.reviews}
            . {plural(result.needed - result.reviews, 'more review')} to go.
          </p>
        </Alert>
      )
    case 'no-items':
      return (
        <Alert tone="info">
          <p>
            None of your {result.reviews} reviews came on a later day than the card’s review before
            it, so there is nothing to learn from yet. Keep studying over a few days.
          </p>
        </Alert>
      )
    case 'failed':
      return (
        <Alert tone="error">
          <p>The optimizer stopped ({result.message}). Nothing was changed.</p>
        </Alert>
      )
    case 'done': {
      const { outcome } = result
      return (
        <div className="space-y-3">
          <p className="text-sm">Trained on {plural(result.reviews, 'review')}.</p>
          <FitTable outcome={outcome} />
          {outcome.better ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Button variant="primary" busy={applying} onClick={() => onApply(outcome.optimized)}>
                Apply
              </Button>
              <span>The optimized parameters fit your history better.</span>
            </div>
          ) : (
            <Alert tone="info">
              <p>
                Your current parameters already fit your history best, so there is nothing to apply.
              </p>
            </Alert>
          )}
        </div>
      )
    }
  }
}

/**
 * Anki's "Optimize": trains FSRS parameters on the learner's own review history (in a Web
 * Worker, loaded only when asked), shows the fit before and after, and offers to apply the new
 * parameters only when they fit better. Applying saves them like any setting.
 */
export function OptimizerSection() {
  const parameters = useStudyStore((s) => s.settings.parameters)
  const [view, setView] = useState<View>({ kind: 'idle' })
  const [applying, setApplying] = useState(false)
  const running = useRef<AbortController | undefined>(undefined)
  useEffect(() => () => running.current?.abort(), [])

  const optimize = async () => {
    const controller = new AbortController()
    running.current = controller
    setView({ kind: 'running', step: 'loading' })
    try {
      const { optimizeFromHistory } = await import('@/stores/optimizer-actions.ts')
      const result = await optimizeFromHistory(
        (step) => setView({ kind: 'running', step }),
        controller.signal,
      )
      setView({ kind: 'finished', result })
    } catch (error) {
      if (controller.signal.aborted) return // the screen was left
      setView({ kind: 'finished', result: { kind: 'failed', message: String(error) } })
    }
  }

  const apply = async (optimized: readonly number[]) => {
    setApplying(true)
    try {
      const saved = await saveSettings({ parameters: optimized })
      setView(
        saved.ok ? { kind: 'applied' } : { kind: 'apply-failed', message: saved.errors.join('; ') },
      )
    } catch (error) {
      setView({ kind: 'apply-failed', message: String(error) })
    } finally {
      setApplying(false)
    }
  }

  return (
    <Panel title="FSRS parameters" id="optimize">
      <p className="text-sm">
        {parameters
          ? 'Your cards are scheduled with parameters optimized from your own review history.'
          : 'Your cards are scheduled with FSRS’s default parameters.'}{' '}
        Optimizing finds the parameters that best fit how you remember, from your review history;
        nothing leaves this browser.
      </p>
      {parameters && (
        <p className={`text-xs break-words ${MUTED_TEXT}`}>Parameters: {parameters.join(', ')}</p>
      )}
      <Button
        variant={view.kind === 'finished' && view.result.kind === 'done' ? 'secondary' : 'primary'}
        busy={view.kind === 'running'}
        onClick={() => void optimize()}
      >
        Optimize
      </Button>
      {view.kind === 'running' && (
        <ProgressBar
          label="Optimizing"
          value={OPTIMIZER_STEPS.indexOf(view.step)}
          max={OPTIMIZER_STEPS.length}
          step={STEP_TEXT[view.step]}
        />
      )}
      {view.kind === 'finished' && (
        <Result result={view.result} onApply={(w) => void apply(w)} applying={applying} />
      )}
      {view.kind === 'applied' && (
        <Alert tone="success">
          <p>Applied. Your next answers are scheduled with your own parameters.</p>
        </Alert>
      )}
      {view.kind === 'apply-failed' && (
        <Alert tone="error">
          <p>The parameters could not be saved ({view.message}). Nothing was changed.</p>
        </Alert>
      )}
    </Panel>
  )
}
