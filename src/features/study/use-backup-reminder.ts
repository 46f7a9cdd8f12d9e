import { useState } from 'react'
import { useStudyStore } from '@/stores/study.ts'

const WEEK = 7 * 86_400_000

export interface BackupReminderDue {
  /** Days since the last backup, or since the first review when there has been none. */
  readonly days: number
  readonly everExported: boolean
}

/**
 * Whether to nudge the learner to make a backup: after a week of use without an export. Only
 * this check ships with the first card; the reminder itself loads when it is due.
 */
export function useBackupReminder(): BackupReminderDue | undefined {
  const firstUseAt = useStudyStore((s) => s.firstUseAt)
  const lastExportAt = useStudyStore((s) => s.lastExportAt)
  const hasReviews = useStudyStore((s) => s.reviewCount > 0)
  // Read once per mount: the reminder is a nudge, not a clock.
  const [now] = useState(() => Date.now())
  const since = lastExportAt ?? firstUseAt
  if (!hasReviews || since === undefined || now - since < WEEK) return undefined
  return { days: Math.floor((now - since) / 86_400_000), everExported: lastExportAt !== undefined }
}
