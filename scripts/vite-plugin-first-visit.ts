/**
 * Puts the study screen's first visit into the built index.html: the app's own render of it
 * (scripts/first-visit/render-first-visit.ts) inside `#root`, hidden by a rule in
 * src/app/index.css, and in `<head>`, before any stylesheet, the inline boot script that shows it
 * on a first visit only (first-visit-boot.ts says when).
 * Issue 10, item 5: a first card painted from the HTML, at about the static page's speed, where
 * waiting for React, the study code, the database and the deck took about 5× as long.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { FIRST_VISIT_BOOT_SCRIPT, FIRST_VISIT_ID } from './first-visit/first-visit-boot.ts'

const RENDERER = fileURLToPath(new URL('./first-visit/render-first-visit.ts', import.meta.url))
const ROOT_ELEMENT = '<div id="root"></div>'
/** The boot script goes before the title, so before the tags Vite adds (the stylesheet's link). */
const TITLE = '<title>'

/** The first visit's `#root` HTML, rendered in a child process (it installs browser globals). */
export function renderFirstVisit(root: string, base: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', RENDERER], {
    cwd: root,
    env: { ...process.env, KEYDECK_ROOT: root, KEYDECK_BASE: base },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  if (run.status !== 0 || !run.stdout) {
    throw new Error(`first-visit snapshot: rendering the study screen failed\n${run.stderr}`)
  }
  return run.stdout
}

export function firstVisitPlugin(): Plugin {
  let root = ''
  let base = '/'
  return {
    name: 'keydeck-first-visit',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        for (const anchor of [ROOT_ELEMENT, TITLE]) {
          if (!html.includes(anchor)) {
            throw new Error(`first-visit snapshot: index.html has no ${anchor}`)
          }
        }
        const snapshot = renderFirstVisit(root, base)
        return html
          .replace(
            TITLE,
            `<script data-path="${base}">${FIRST_VISIT_BOOT_SCRIPT}</script>\n    ${TITLE}`,
          )
          .replace(
            ROOT_ELEMENT,
            // A picture of the screen until the app is live: inert, so its buttons take no click
            // or focus, and aria-hidden, so it is in no accessibility tree (screen readers, and
            // tests that find things by role) until the live screen replaces it.
            `<div id="root"><div id="${FIRST_VISIT_ID}" inert aria-hidden="true">${snapshot}</div></div>`,
          )
      },
    },
  }
}
