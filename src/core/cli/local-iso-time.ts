/**
 * A wire timestamp (epoch seconds) as the AWS CLI prints it: Python's
 * `datetime.fromtimestamp(value, tzlocal()).isoformat()`, local time with a `±HH:MM` offset,
 * microseconds in 6 digits and left out when zero (aws-cli.md §4.1).
 * `utcOffsetMinutes` is the local zone's offset at that instant (east of UTC positive).
 */
export function localIsoTime(epochSeconds: number, utcOffsetMinutes: (ms: number) => number) {
  const micros = Math.round(epochSeconds * 1e6)
  const ms = Math.floor(micros / 1000)
  const offset = utcOffsetMinutes(ms)
  const local = new Date(ms + offset * 60_000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const fraction = ((micros % 1e6) + 1e6) % 1e6
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    (fraction ? `.${pad(fraction, 6)}` : '') +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}
