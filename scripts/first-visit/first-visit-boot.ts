/**
 * The one inline script of the built index.html (issue 10, item 5: the first card sooner).
 * The build puts the app's own render of the study screen's first visit in `#root`
 * (`<div id="first-visit">`, see render-first-visit.ts); a rule in src/app/index.css hides it
 * unless `<html>` has `data-first-visit`, which this script sets, in `<head>`, before the
 * stylesheet is even requested, when the snapshot is certainly what the app will show:
 * - the page is the study screen (the script's `data-path`: the base path; index.html is served
 *   for every route, and a deep link must not flash the study screen);
 * - nothing of the learner's is here: no database (first-visit-marker.ts's key), no display
 *   settings and no demo profile (both would change the page).
 * The card then paints as soon as the HTML and the stylesheet are in, while the app's scripts
 * still load; React's first render replaces it with the same card, live.
 *
 * It also sets the theme the app will set (System: the colour scheme's preference), so the card
 * is not drawn light and then dark. A database made before the marker existed is found by
 * `indexedDB.databases()` (asynchronous, so it cannot decide the first frame alone): the snapshot
 * is withdrawn and the marker written. Storage a browser refuses leaves the page as without it.
 *
 * A string, so the Content-Security-Policy allows exactly it by its SHA-256 hash
 * (vite-plugin-csp.ts, deploy/security-headers.conf) and still no other inline script. The
 * storage names are src/stores/storage's; first-visit-boot.test.ts checks they stay the same.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/databases
 * @see https://www.w3.org/TR/CSP3/#grammardef-hash-source
 */
import { createHash } from 'node:crypto'

/** The id of the snapshot's element in `#root`, and the attribute on `<html>` that shows it. */
export const FIRST_VISIT_ID = 'first-visit'
export const FIRST_VISIT_ATTRIBUTE = 'data-first-visit'

/** Names the script reads, here so the test can compare them with src/stores/storage's. */
export const BOOT_SCRIPT_NAMES = {
  database: 'keydeck',
  databaseMarker: 'keydeck-has-database',
  display: 'keydeck-display',
  profile: 'keydeck-profile',
} as const

export const FIRST_VISIT_BOOT_SCRIPT =
  '(function(){try{' +
  'var h=document.documentElement,s=localStorage;' +
  'if(location.pathname!==document.currentScript.dataset.path||' +
  's.getItem("keydeck-has-database")!==null||s.getItem("keydeck-display")!==null||' +
  's.getItem("keydeck-profile")!==null)return;' +
  'h.setAttribute("data-first-visit","");' +
  'h.dataset.theme=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";' +
  'indexedDB.databases().then(function(d){' +
  'if(d.some(function(b){return b.name==="keydeck"})){' +
  'h.removeAttribute("data-first-visit");s.setItem("keydeck-has-database","1")}' +
  '},function(){})' +
  '}catch(e){}})()'

/** The CSP source that allows exactly the boot script: `'sha256-<base64>'`. */
export function firstVisitBootHash(): string {
  return `'sha256-${createHash('sha256').update(FIRST_VISIT_BOOT_SCRIPT).digest('base64')}'`
}
