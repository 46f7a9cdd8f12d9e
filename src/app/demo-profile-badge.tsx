import { Badge } from '@/components/ui/badge.tsx'

/**
 * The header's mark of the demo profile. Its own chunk: only a demo tab shows it, and the kit's
 * Badge (every tone's classes) would otherwise ride in the entry every first card loads.
 */
export default function DemoProfileBadge() {
  return (
    <span className="ml-auto shrink-0">
      <Badge tone="warning">Demo profile</Badge>
    </span>
  )
}
