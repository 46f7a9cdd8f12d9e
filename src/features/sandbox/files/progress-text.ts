import type { FileProgress } from '@/stores/sandbox-files.ts'

/** Bytes in decimal units (1 MB = 10⁶ bytes), as the operating system's file size shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/** Whole seconds left, as minutes and seconds past a minute. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds))
  if (s < 60) return `${s} s`
  return `${Math.floor(s / 60)} min ${s % 60} s`
}

/** "12.0 MB of 50.0 MB · 80.0 MB/s · 1 s left"; speed and time left once time has passed. */
export function progressText({ bytes, total, elapsedMs }: FileProgress): string {
  const done = `${formatBytes(bytes)} of ${formatBytes(total)}`
  if (elapsedMs <= 0 || bytes === 0) return done
  const perSecond = (bytes / elapsedMs) * 1000
  const left = (total - bytes) / perSecond
  return `${done} · ${formatBytes(perSecond)}/s · ${formatSeconds(left)} left`
}

/** "50.0 MB in 2.5 s (20.0 MB/s)": the output size, and time and speed to one decimal. */
export function doneText(bytes: number, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs, 1) / 1000
  return `${formatBytes(bytes)} in ${seconds.toFixed(1)} s (${formatBytes(bytes / seconds)}/s)`
}
