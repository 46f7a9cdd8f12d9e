/**
 * `npm run bench`: runs every benchmark in bench/ one after the other (never in parallel, so
 * they do not disturb each other) and prints each one's table. Each benchmark reports its
 * figures as ratios against a baseline measured in the same run.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const only = process.argv.slice(2)
const benches = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('-bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort()

let failed = 0
for (const name of benches) {
  console.log(`\n=== ${name}`)
  const run = spawnSync('npx', ['tsx', `bench/${name}`], { stdio: 'inherit' })
  if (run.status !== 0) failed++
}
if (benches.length === 0) console.log('no benchmarks match')
process.exit(failed > 0 ? 1 : 0)
