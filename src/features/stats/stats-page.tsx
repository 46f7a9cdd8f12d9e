import { useEffect } from 'react'
import { paths } from '@/routes/paths.ts'
import { StorageProblemAlert } from '@/components/storage-problem-alert.tsx'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { startStudy, studyStore, useStudyStore } from '@/stores/study.ts'
import { ForecastChart } from './forecast-chart.tsx'
import { RetentionTable } from './retention-table.tsx'
import { ReviewHeatmap } from './review-heatmap.tsx'
import { StateCountsTable } from './state-counts-table.tsx'
import { RETENTION_DAYS } from './stats-view.ts'
import { TodayPanel } from './today-panel.tsx'
import { useStatsView } from './use-stats-view.ts'

/** The learner's statistics, Anki-style: today, the calendar, what is due, retention, states. */
export default function StatsPage() {
  useDocumentTitle('Statistics')
  // Statistics read every review, not only today's (what studying loads).
  useEffect(() => {
    void startStudy().then(() => studyStore.loadHistory())
  }, [])
  const status = useStudyStore((s) =>
    s.status === 'ready' && !s.historyLoaded ? 'loading' : s.status,
  )
  const problem = useStudyStore((s) => s.problem)
  const hasReviews = useStudyStore((s) => s.reviewCount > 0)
  const desiredRetention = useStudyStore((s) => s.settings.desiredRetention)
  const view = useStatsView()

  let body
  if (status === 'loading') body = <p role="status">Loading your statistics…</p>
  else if (status === 'failed' && problem) {
    body = <StorageProblemAlert problem={problem} />
  } else if (!hasReviews) {
    body = (
      <EmptyState className="text-center">
        Study a few cards and your statistics appear here.{' '}
        <TextLink href={paths.study()} className="font-medium">
          Start studying
        </TextLink>
      </EmptyState>
    )
  } else {
    body = (
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <TodayPanel today={view.today} />
        <ReviewHeatmap heatmap={view.heatmap} />
        <ForecastChart forecast={view.forecast} today={view.day} />
        <RetentionTable
          retention={view.retention}
          days={RETENTION_DAYS}
          desiredRetention={desiredRetention}
        />
        <StateCountsTable counts={view.counts} />
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Statistics</h1>
      {body}
    </div>
  )
}
