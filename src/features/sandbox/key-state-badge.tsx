import { Badge, type BadgeTone } from '@/components/ui/badge.tsx'
import type { KeyState } from '@/core/kms/index.ts'

/** A key state's badge: usable keys green, keys on their way out red, the rest grey. */
const STATE_TONE: Partial<Record<KeyState, BadgeTone>> = {
  Enabled: 'success',
  PendingDeletion: 'error',
  PendingReplicaDeletion: 'error',
}

export function KeyStateBadge({ state }: { state: KeyState }) {
  return <Badge tone={STATE_TONE[state] ?? 'neutral'}>{state}</Badge>
}
