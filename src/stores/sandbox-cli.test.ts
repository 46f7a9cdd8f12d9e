import { beforeEach, describe, expect, it } from 'vitest'
import 'fake-indexeddb/auto'
import { createKms } from '@/core/kms/index.ts'
import { createCliShellRepository } from './storage/cli-shell-repository.ts'
import { openKeyDeckDb } from './storage/keydeck-db.ts'
import {
  loadCliShell,
  resetCliShell,
  runCliCommand,
  useSandboxCliStore,
  writeCliFile,
} from './sandbox-cli.ts'
import { connectSandboxStore, disconnectSandboxStore, useSandboxStore } from './sandbox-store.ts'

let time = Date.UTC(2026, 10, 29)
beforeEach(async () => {
  const now = () => time
  const home = createKms({ now })
  // The sandbox's account as the app runs it: a second Region joined to the home one.
  await connectSandboxStore(home, createKms({ region: 'eu-west-1', sameAccountAs: home, now }))
  resetCliShell()
})

describe('sandbox CLI store', () => {
  it('runs on the sandbox account: a key the CLI creates is in the console list at once', async () => {
    await runCliCommand('aws kms create-key --description "from the CLI" --query KeyMetadata.KeyId')
    const [entry] = useSandboxCliStore.getState().entries
    expect(entry?.exitCode).toBe(0)
    const keys = useSandboxStore.getState().keys
    expect(keys.map((k) => k.Description)).toEqual(['from the CLI'])
    expect(entry?.output).toBe(`"${keys[0]!.KeyId}"\n`)
  })

  it('keeps stdout then stderr in one output, the exit code, the history and clear', async () => {
    await runCliCommand('aws kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab')
    const state = useSandboxCliStore.getState()
    expect(state.lastExitCode).toBe(254)
    expect(state.entries[0]?.output).toMatch(
      /^\naws: \[ERROR\]: An error occurred \(NotFoundException\)/,
    )
    await runCliCommand('clear')
    expect(useSandboxCliStore.getState()).toMatchObject({
      entries: [],
      history: ['aws kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab', 'clear'],
    })
  })

  it('keeps files of the folder between commands', async () => {
    await runCliCommand('echo -n AAEC > data.b64')
    await runCliCommand('base64 --decode data.b64 | base64')
    expect(useSandboxCliStore.getState().entries.at(-1)?.output).toBe('AAEC\n')
  })

  it('writes the folder and the history through to IndexedDB and reads them after a reload', async () => {
    const name = `cli-store-${Date.now()}`
    const open = async () => createCliShellRepository(await openKeyDeckDb(name), undefined)
    await loadCliShell(open)
    await runCliCommand('echo -n AAEC | base64 --decode > data.bin')
    writeCliFile('notes.txt', new TextEncoder().encode('hi\n'))
    await runCliCommand('rm notes.txt')

    resetCliShell() // a reload: nothing in memory
    await loadCliShell(open)
    const state = useSandboxCliStore.getState()
    expect([...state.files]).toEqual([['data.bin', new Uint8Array([0, 1, 2])]])
    expect(state.history).toEqual(['echo -n AAEC | base64 --decode > data.bin', 'rm notes.txt'])
    expect(state.unsaved).toBe(false)
  })

  it('works in memory and says so when storage refuses', async () => {
    await loadCliShell(() => Promise.reject(new Error('denied')))
    await runCliCommand('echo hi > a.txt')
    expect(useSandboxCliStore.getState()).toMatchObject({ shellLoaded: true, unsaved: true })
    await runCliCommand('cat a.txt')
    expect(useSandboxCliStore.getState().entries.at(-1)?.output).toBe('hi\n')
  })

  it('--region eu-west-1 reaches the account’s second Region, where a replica shows in the console', async () => {
    await runCliCommand('aws kms create-key --multi-region --query KeyMetadata.KeyId --output text')
    const keyId = useSandboxCliStore.getState().entries[0]!.output.trim()
    await runCliCommand('aws kms list-keys --region eu-west-1')
    expect(useSandboxCliStore.getState().entries.at(-1)?.output).toBe('{\n    "Keys": []\n}\n')
    await runCliCommand(`aws kms describe-key --key-id ${keyId} --region eu-west-1`)
    expect(useSandboxCliStore.getState().entries.at(-1)).toMatchObject({
      output: `\naws: [ERROR]: An error occurred (NotFoundException) when calling the DescribeKey operation: Key 'arn:aws:kms:eu-west-1:111122223333:key/${keyId}' does not exist\n`,
      exitCode: 254,
    })
    await runCliCommand(`aws kms replicate-key --key-id ${keyId} --replica-region eu-west-1`)
    expect(useSandboxCliStore.getState().lastExitCode).toBe(0)
    time += 60_000
    await runCliCommand(
      `aws kms describe-key --key-id ${keyId} --region eu-west-1 --query KeyMetadata.MultiRegionConfiguration.MultiRegionKeyType`,
    )
    expect(useSandboxCliStore.getState().entries.at(-1)?.output).toBe('"REPLICA"\n')
    expect(useSandboxStore.getState().keys).toHaveLength(1)
    expect(useSandboxStore.getState().otherRegionKeys.map((k) => k.KeyId)).toEqual([keyId])
  })

  it('--region elsewhere reaches the same account in a Region with no keys', async () => {
    await runCliCommand('aws kms create-key --query KeyMetadata.KeyId --output text')
    const keyId = useSandboxCliStore.getState().entries[0]!.output.trim()
    await runCliCommand('aws kms list-keys --region ap-southeast-2')
    expect(useSandboxCliStore.getState().entries.at(-1)?.output).toBe('{\n    "Keys": []\n}\n')
    await runCliCommand(
      `aws kms describe-key --key-id ${keyId} --region us-east-1 --query KeyMetadata.KeyId`,
    )
    expect(useSandboxCliStore.getState().entries.at(-1)?.output).toBe(`"${keyId}"\n`)
    expect(useSandboxStore.getState().keys).toHaveLength(1)
  })

  it('reads the folder again when the sandbox comes back from another tab', async () => {
    const name = `cli-tabs-${Date.now()}`
    const open = async () => createCliShellRepository(await openKeyDeckDb(name), undefined)
    await loadCliShell(open)
    writeCliFile('mine.txt', new Uint8Array([1]))

    disconnectSandboxStore() // another tab runs the sandbox, and writes the folder
    expect(useSandboxCliStore.getState().shellLoaded).toBe(false)
    await (await open()).writeFile('theirs.txt', new Uint8Array([2]))

    await connectSandboxStore(createKms())
    await loadCliShell(open)
    expect([...useSandboxCliStore.getState().files.keys()].sort()).toEqual([
      'mine.txt',
      'theirs.txt',
    ])
  })
})
