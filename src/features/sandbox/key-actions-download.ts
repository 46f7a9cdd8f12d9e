/**
 * Saves text as a file through the browser's download: a `blob:` URL (no network), revoked once
 * the browser has had time to start the download.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/URL/createObjectURL_static
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
