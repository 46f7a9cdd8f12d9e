/** Reads `cards/*.md` from disk for the deck compiler (the build and the shipped-deck test). */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { CardFile } from '../src/core/deck/compile-deck.ts'

export function readCardFiles(cardsDir: string, root = join(cardsDir, '..')): CardFile[] {
  return readdirSync(cardsDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => {
      const path = join(cardsDir, name)
      return { path: relative(root, path), text: readFileSync(path, 'utf8') }
    })
}
