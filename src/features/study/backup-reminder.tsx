import { useState } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import { useStudyStore } from '@/stores/study.ts'

const WEEK = 7 * 86_400_000

/** After a week of use without an export, a gentle nudge to make a backup. */
export function BackupReminder() {
  const firstUseAt = useStudyStore((s) => s.firstUseAt)
  const lastExportAt = useStudyStore((s) => s.lastExportAt)
  const hasReviews = useStudyStore((s) => s.reviewCount > 0)
  // Read once per mount: the reminder is a nudge, not a clock.
  const [now] = useState(() => Date.now())
  const since = lastExportAt ?? firstUseAt
  if (!hasReviews || since === undefined || now - since < WEEK) return null
  const days = Math.floor((now - since) / 86_400_000)
  return (
    <Alert tone="warning">
      <p>
        {lastExportAt
          ? `Your last backup is ${days} days old.`
          : `You have studied for ${days} days without a backup.`}{' '}
        Your progress lives only in this browser.{' '}
        <TextLink href={paths.settings.backup()} className="font-medium">
          Export a backup
        </TextLink>
      </p>
    </Alert>
  )
}
