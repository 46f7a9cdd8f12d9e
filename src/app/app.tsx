import { useEffect } from 'react'
import { loadDeckDetails } from '@/stores/deck-store.ts'
import { AppShell } from './app-shell.tsx'
import { AppRoutes } from './app-routes.tsx'

export function App() {
  // The card details are not needed to show the first card: fetch them once it is on screen.
  useEffect(() => {
    void loadDeckDetails()
  }, [])
  return (
    <AppShell>
      <AppRoutes />
    </AppShell>
  )
}
