import { useEffect } from 'react'
import { StorageProblemAlert } from '@/components/storage-problem-alert.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { startStudy, useStudyStore } from '@/stores/study.ts'
import { AppInstallSection } from './app-install-section.tsx'
import { BackupSection } from './backup-section.tsx'
import { DemoProfileSection } from './demo-profile-section.tsx'
import { DisplaySection } from './display-section.tsx'
import { OptimizerSection } from './optimizer-section.tsx'
import { StudySettingsForm } from './study-settings-form.tsx'

export default function SettingsPage() {
  useDocumentTitle('Backup and settings')
  useEffect(() => {
    void startStudy()
  }, [])
  const status = useStudyStore((s) => s.status)
  const problem = useStudyStore((s) => s.problem)
  // The form's inputs hold what was stored when it mounted: after an import, a delete or another
  // tab's change, it mounts again with the new values.
  const loads = useStudyStore((s) => s.loads)
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Backup and settings</h1>
      {status === 'ready' ? (
        <>
          <BackupSection />
          <StudySettingsForm key={loads} />
          <OptimizerSection />
        </>
      ) : status === 'failed' && problem ? (
        <>
          <StorageProblemAlert problem={problem} />
          {/* The database opened but a read failed: exporting, or restoring a backup, may still work. */}
          {problem.kind === 'unreadable' && <BackupSection />}
        </>
      ) : (
        <p role="status">Loading your progress…</p>
      )}
      <DisplaySection />
      <DemoProfileSection />
      <AppInstallSection />
    </div>
  )
}
