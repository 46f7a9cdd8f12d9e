/**
 * Runs deploy/nginx.conf, the README's example host config, as it is written, with only its
 * address, its root (the build) and the snippet's path changed, in a throwaway prefix. The test
 * of the config (deploy-nginx.spec.ts) uses it; nothing else does.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort, waitUntilServing } from './pwa-server.ts'

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path))

const DEPLOY = resolve(import.meta.dirname, '../deploy')

export interface NginxServer {
  readonly origin: string
  stop(): Promise<void>
}

export function nginxConfigFor(buildDir: string, port: number): string {
  return readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('root /var/www/keydeck;', `root ${resolve(buildDir)};`)
    .replaceAll('/etc/nginx/snippets/security-headers.conf', join(DEPLOY, 'security-headers.conf'))
}

export async function startNginx(buildDir: string): Promise<NginxServer> {
  if (!NGINX) throw new Error('nginx is not installed (sudo apt-get install -y nginx-light)')
  const port = await freePort()
  const prefix = mkdtempSync(join(tmpdir(), 'keydeck-nginx-'))
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir))
  const mimeTypes = ['/etc/nginx/mime.types'].find((path) => existsSync(path))
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // As root, the workers would run as `nobody`, who may not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${join(prefix, 'nginx.pid')};`,
      'worker_processes 1;',
      'events {}',
      'http {',
      mimeTypes ? `  include ${mimeTypes};` : '',
      `  access_log off;`,
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (dir) => `  ${dir === 'body' ? 'client_body' : dir}_temp_path ${join(prefix, dir)};`,
      ),
      nginxConfigFor(buildDir, port),
      '}',
    ].join('\n'),
  )
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const origin = `http://127.0.0.1:${port}`
  await waitUntilServing(`${origin}/`, child)
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGQUIT')
        await exited
      }
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}
