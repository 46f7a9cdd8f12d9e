import { Alert } from '@/components/ui/alert.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import type { BackupReminderDue } from './use-backup-reminder.ts'

/** After a week of use without an export, a gentle nudge to make a backup. */
export function BackupReminder({ days, everExported }: BackupReminderDue) {
  return (
    <Alert tone="warning">
      <p>
        {everExported
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
