/**
 * A server of one build that a test can stop and start again, for the offline and update
 * stories: the shared preview server of the suite must keep running for the other tests. It is
 * `vite preview` of a given build folder (the production headers included), on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** Builds the e2e web server makes beside `dist` (package.json `build:e2e`). */
export const BUILDS = {
  current: 'dist',
  /** The same app with another version number: a new service worker. */
  next: 'dist-e2e/next',
  /** Built with base `/keydeck/`, as for a project page. */
  base: 'dist-e2e/base',
} as const

export type Build = keyof typeof BUILDS

export const BASE_PATH = '/keydeck/'

export interface BuildServer {
  /** The app's address, base path included. */
  readonly url: string
  /** The origin, for `baseURL`. */
  readonly origin: string
  start(build: Build): Promise<void>
  stop(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

export async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer`)
}

export async function createBuildServer(basePath = '/'): Promise<BuildServer> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const url = `${origin}${basePath}`
  let child: ChildProcess | undefined

  const stop = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    process.kill(-running.pid!, 'SIGTERM')
    await exited
  }
  return {
    url,
    origin,
    async start(build) {
      await stop()
      child = spawn(
        process.execPath,
        [
          'node_modules/vite/bin/vite.js',
          'preview',
          '--outDir',
          BUILDS[build],
          '--base',
          basePath,
          '--port',
          String(port),
          '--strictPort',
        ],
        // Its own process group, so stopping it stops every child it started.
        { detached: true, stdio: 'ignore' },
      )
      await waitUntilServing(url, child)
    },
    stop,
  }
}
