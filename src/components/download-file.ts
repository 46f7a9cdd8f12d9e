/** A file to save: its name, its bytes or text, and its media type. */
export interface DownloadableFile {
  readonly name: string
  readonly content: string | Uint8Array | Blob
  readonly type?: string
}

/**
 * Saves a file through the browser's download: a `blob:` URL (no network), revoked once the
 * browser has had time to start the download. One helper for every screen that saves a file
 * (backups, the CLI panel's folder, a key's public key, an encrypted file: a Blob, whose
 * bytes need not be in the JS heap).
 * @see https://developer.mozilla.org/en-US/docs/Web/API/URL/createObjectURL_static
 */
export function downloadFile({ name, content, type }: DownloadableFile): void {
  const part =
    typeof content === 'string' || content instanceof Blob
      ? content
      : (content as Uint8Array<ArrayBuffer>)
  const url = URL.createObjectURL(new Blob([part], type ? { type } : {}))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
