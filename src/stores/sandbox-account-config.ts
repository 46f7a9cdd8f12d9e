/**
 * The sandbox account as a whole (issue 11, item 11): start it over, and export or import its
 * configuration (core/kms/config/sandbox-config.ts) so a teacher can prepare a demo account.
 * An import validates the file first; only a valid file wipes the account and is replayed on it.
 */
import {
  exportSandboxConfig,
  importSandboxConfig,
  parseSandboxConfig,
  rehearseSandboxConfig,
  type ImportSummary,
  type ParsedSandboxConfig,
  type SandboxConfig,
} from '@/core/kms/config/sandbox-config.ts'
import { createKms } from '@/core/kms/index.ts'
import { wipeSandboxAccount } from './sandbox-connection.ts'
import { useSandboxClockStore } from './sandbox-clock.ts'
import {
  attempt,
  connected,
  connectedOtherRegion,
  refreshKeys,
  type SandboxResult,
} from './sandbox-store.ts'

/** Wipes keys, aliases, identities, audit trail, clock and caller; the study data stays. */
export function startSandboxOver(): Promise<SandboxResult<void>> {
  return attempt(() => wipeSandboxAccount())
}

/** The account's configuration, dated in sandbox time. */
export function exportSandboxConfiguration(): Promise<SandboxResult<SandboxConfig>> {
  return attempt(async () => {
    const simulator = connected()
    // The second Region holds the replicas of the account's multi-Region keys.
    const other = connectedOtherRegion()
    const config = await exportSandboxConfig(
      simulator,
      useSandboxClockStore.getState().now ?? 0,
      other === undefined ? [] : [other],
    )
    // The export's reads are in the audit trail like any call: show them.
    await refreshKeys()
    return config
  })
}

/**
 * Validates an import file's text, then rehearses it on a scratch in-memory account (same
 * account id, so the policies' ARNs hold); nothing in the learner's account changes.
 */
export async function readSandboxConfiguration(text: string): Promise<ParsedSandboxConfig> {
  const read = parseSandboxConfig(text)
  if (!read.ok) return read
  let simulator
  let other
  try {
    simulator = connected()
    other = connectedOtherRegion()
  } catch (thrown) {
    return { ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) }
  }
  const { accountId, region } = simulator
  const now = useSandboxClockStore.getState().now ?? 0
  const scratch = createKms({ accountId, region, now: () => now })
  // The same Regions as the account, so a replica in the file can be made in the rehearsal.
  if (other !== undefined)
    createKms({ region: other.region, sameAccountAs: scratch, now: () => now })
  return rehearseSandboxConfig(scratch, read.config)
}

/** Starts the account over and replays the configuration on it. */
export function importSandboxConfiguration(
  config: SandboxConfig,
): Promise<SandboxResult<ImportSummary>> {
  return attempt(async () => {
    await wipeSandboxAccount()
    try {
      return await importSandboxConfig(connected(), config)
    } finally {
      await refreshKeys()
    }
  })
}
