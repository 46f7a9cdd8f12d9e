import { beforeEach, describe, expect, it } from 'vitest'
import { resetCliShell, useSandboxCliStore } from '@/stores/sandbox-cli.ts'
import { addFiles, MAX_FILE_BYTES } from './add-files.ts'

beforeEach(() => resetCliShell())

describe('addFiles', () => {
  it('puts each file into the folder under its name, replacing one of that name', async () => {
    await addFiles([new File(['old'], 'notes.txt')])
    const said = await addFiles([
      new File(['hello\n'], 'notes.txt'),
      new File([new Uint8Array([0, 255])], 'a b.bin'),
    ])
    expect(said).toBe(
      'Added notes.txt (6 bytes) to the folder. Added a b.bin (2 bytes) to the folder.',
    )
    const files = useSandboxCliStore.getState().files
    expect(new TextDecoder().decode(files.get('notes.txt'))).toBe('hello\n')
    expect(files.get('a b.bin')).toEqual(new Uint8Array([0, 255]))
  })

  it('refuses a file over the limit with a message, and keeps the folder as it was', async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.iso')
    expect(await addFiles([big])).toBe('big.iso was not added: the folder takes files up to 5 MB.')
    expect(useSandboxCliStore.getState().files.size).toBe(0)
  })
})
