import { Router } from 'wouter'
import { AppShell } from './app-shell.tsx'
import { AppRoutes } from './app-routes.tsx'
import { routerBase } from './router-base.ts'

export function App() {
  return (
    <Router base={routerBase(import.meta.env.BASE_URL)}>
      <AppShell>
        <AppRoutes />
      </AppShell>
    </Router>
  )
}
