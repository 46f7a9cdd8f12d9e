import { InvalidMarkerException } from '../errors.ts'
import { decodeBase64, encodeBase64 } from '../../bytes/base64.ts'
import { fromUtf8, utf8 } from '../../bytes/utf8.ts'

export interface Page<T> {
  readonly items: T[]
  readonly nextMarker?: string
  readonly truncated: boolean
}

const MARKER_PREFIX = 'keydeck-marker:'

/**
 * Paging of every List* operation (Limit, Marker → NextMarker, Truncated). The marker is opaque
 * to callers: it names the sort key of the last item returned, so a page stays correct when
 * items are added or removed between calls. A marker the simulator did not issue is
 * InvalidMarkerException.
 */
export function paginate<T>(
  items: readonly T[],
  sortKey: (item: T) => string,
  limit: number,
  marker: string | undefined,
): Page<T> {
  const sorted = [...items].sort((a, b) => compare(sortKey(a), sortKey(b)))
  const after = marker === undefined ? undefined : decodeMarker(marker)
  const rest =
    after === undefined ? sorted : sorted.filter((item) => compare(sortKey(item), after) > 0)
  const page = rest.slice(0, limit)
  const last = page.at(-1)
  if (rest.length <= limit || last === undefined) return { items: page, truncated: false }
  return { items: page, nextMarker: encodeMarker(sortKey(last)), truncated: true }
}

/** The paging members every List* response ends with. */
export interface PagingMembers {
  /** Present only when Truncated is true: pass it as Marker to get the next page. */
  NextMarker?: string
  Truncated: boolean
}

export function pagingMembers(page: Page<unknown>): PagingMembers {
  return page.nextMarker === undefined
    ? { Truncated: page.truncated }
    : { NextMarker: page.nextMarker, Truncated: page.truncated }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function encodeMarker(sortKey: string): string {
  return encodeBase64(utf8(MARKER_PREFIX + sortKey))
}

function decodeMarker(marker: string): string {
  const text = markerText(marker)
  if (!text?.startsWith(MARKER_PREFIX))
    throw new InvalidMarkerException('Invalid marker: ' + marker)
  return text.slice(MARKER_PREFIX.length)
}

/** The text a marker encodes; undefined when it is not base64 of UTF-8, so not one we issued. */
function markerText(marker: string): string | undefined {
  const bytes = decodeBase64(marker)
  if (bytes === undefined) return undefined
  try {
    return fromUtf8(bytes)
  } catch {
    return undefined
  }
}
