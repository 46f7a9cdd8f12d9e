import { AppShell } from './app-shell.tsx'
import { AppRoutes } from './app-routes.tsx'

export function App() {
  return (
    <AppShell>
      <AppRoutes />
    </AppShell>
  )
}
