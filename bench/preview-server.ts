/**
 * The production build served by `vite preview` for the browser benchmarks: built once, served
 * on its own port, stopped (with its child processes) when the benchmark is done.
 */
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/**
 * Builds, serves on `port`, runs `measure` with the base URL, then stops the server. `addFiles`
 * may write extra files into the build (a baseline page, say) before the server starts.
 */
export async function withPreviewServer<T>(
  port: number,
  measure: (base: string) => Promise<T>,
  options: { addFiles?: (distDir: string) => void } = {},
) {
  if (spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' }).status !== 0)
    throw new Error('vite build failed')
  options.addFiles?.(fileURLToPath(new URL('../dist', import.meta.url)))
  const base = `http://127.0.0.1:${port}`
  const server = spawn('npx', ['vite', 'preview', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  })
  try {
    for (let i = 0; i < 100; i++) {
      const up = await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
      if (up) break
      await new Promise((r) => setTimeout(r, 100))
    }
    return await measure(base)
  } finally {
    if (server.pid) process.kill(-server.pid)
  }
}
