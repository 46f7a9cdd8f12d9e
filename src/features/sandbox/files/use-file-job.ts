import { useCallback, useEffect, useRef, useState } from 'react'
import type { EncryptionContext, EnvelopeHeader } from '@/core/envelope/index.ts'
import type { AwsErrorView } from '@/stores/sandbox-store.ts'
import {
  decryptFile,
  disposeFrameThreads,
  encryptFile,
  type FileJobResult,
  type FileProgress,
  warmFrameThreads,
} from '@/stores/sandbox-files.ts'

export type FileMode = 'encrypt' | 'decrypt'

/** What the file panel shows; a result Blob exists only once the whole stream succeeded. */
export type FileJob =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running'
      readonly mode: FileMode
      readonly fileName: string
      readonly progress: FileProgress
      readonly header?: EnvelopeHeader
    }
  | {
      readonly kind: 'done'
      readonly mode: FileMode
      readonly fileName: string
      readonly outputName: string
      readonly blob: Blob
      readonly elapsedMs: number
      readonly header?: EnvelopeHeader
    }
  | {
      readonly kind: 'failed'
      readonly mode: FileMode
      readonly fileName: string
      readonly error: AwsErrorView
      readonly header?: EnvelopeHeader
    }
  | { readonly kind: 'cancelled'; readonly mode: FileMode; readonly fileName: string }

/** The file name extension of an envelope file this page writes. */
export const ENVELOPE_EXTENSION = '.kdenv'

export function outputName(mode: FileMode, fileName: string): string {
  if (mode === 'encrypt') return `${fileName}${ENVELOPE_EXTENSION}`
  return fileName.endsWith(ENVELOPE_EXTENSION)
    ? fileName.slice(0, -ENVELOPE_EXTENSION.length)
    : `${fileName}.decrypted`
}

/** A screen refresh at most ten times a second, however small the chunks the file yields. */
const PROGRESS_INTERVAL_MS = 100

/**
 * Runs one file at a time through encryption or decryption, with progress and Cancel (an
 * AbortController that stops the streams). Starting another file cancels the running one.
 */
export function useFileJob(now: () => number = () => performance.now()) {
  const [job, setJob] = useState<FileJob>({ kind: 'idle' })
  const controller = useRef<AbortController | undefined>(undefined)

  useEffect(() => () => controller.current?.abort(), [])
  // The workers start with the screen, not with the first file (their start counts against it).
  useEffect(() => {
    warmFrameThreads()
    return disposeFrameThreads
  }, [])

  const start = useCallback(
    async (mode: FileMode, file: File, options: { keyId?: string; context: EncryptionContext }) => {
      controller.current?.abort()
      const abort = new AbortController()
      controller.current = abort
      const fileName = file.name
      let header: EnvelopeHeader | undefined
      let shownAt = -Infinity
      let last: FileProgress = { bytes: 0, total: file.size, elapsedMs: 0 }
      const running = (progress: FileProgress) => {
        last = progress
        if (controller.current !== abort) return
        setJob({ kind: 'running', mode, fileName, progress, ...(header && { header }) })
      }
      running(last)
      const jobOptions = {
        signal: abort.signal,
        now,
        onProgress: (progress: FileProgress) => {
          if (
            progress.elapsedMs - shownAt < PROGRESS_INTERVAL_MS &&
            progress.bytes < progress.total
          )
            return
          shownAt = progress.elapsedMs
          running(progress)
        },
      }
      const started = now()
      let result: FileJobResult
      if (mode === 'encrypt') {
        result = await encryptFile(file, options.keyId ?? '', options.context, jobOptions)
      } else {
        const hasContext = Object.keys(options.context).length > 0
        result = await decryptFile(file, {
          ...jobOptions,
          ...(hasContext && { expectedContext: options.context }),
          // Shown as soon as the file is opened, before KMS is asked for its data key.
          onHeader: (h) => {
            header = h
            running(last)
          },
        })
      }
      if (controller.current !== abort) return
      controller.current = undefined
      if (result.ok) {
        setJob({
          kind: 'done',
          mode,
          fileName,
          outputName: outputName(mode, fileName),
          blob: result.blob,
          elapsedMs: now() - started,
          ...(header && { header }),
        })
      } else if (result.cancelled) {
        setJob({ kind: 'cancelled', mode, fileName })
      } else {
        setJob({ kind: 'failed', mode, fileName, error: result.error, ...(header && { header }) })
      }
    },
    [now],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])

  return { job, start, cancel }
}
