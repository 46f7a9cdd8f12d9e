import { writeCliFile } from '@/stores/sandbox-cli.ts'

/** The folder is for the small files the CLI's examples use; KMS encrypts at most 4 KB at once. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

/**
 * Puts uploaded or dropped files into the shell's folder under their names (a file of that name
 * is replaced, as `cp` would), and says what happened: each file added, or why one was not.
 */
export async function addFiles(files: readonly File[]): Promise<string> {
  const said: string[] = []
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      said.push(`${file.name} was not added: the folder takes files up to 5 MB.`)
      continue
    }
    try {
      writeCliFile(file.name, new Uint8Array(await file.arrayBuffer()))
      said.push(`Added ${file.name} (${file.size} bytes) to the folder.`)
    } catch {
      said.push(`${file.name} could not be read.`)
    }
  }
  return said.join(' ')
}
