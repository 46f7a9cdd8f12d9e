/**
 * The kit's colours for what is not a component of its own: secondary text, a tile inside a
 * panel, a rule between parts, a chart's labels and grid. Screens use these names instead of
 * writing colours, so the app keeps one colour system (README.md) and the contrast test measures
 * each pair once.
 */

/**
 * The surface of a panel, and of anything drawn as one (a card under review, the list of
 * results), light and dark (the contrast test measures text on it).
 */
export const PANEL_SURFACE =
  'rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'

/** Secondary text: a topic over a question, a footnote, a count (4.5:1 on page, panel and tile). */
export const MUTED_TEXT = 'text-slate-600 dark:text-slate-400'

/** A tile set into a panel, such as a statistic or inline code. */
export const INSET_SURFACE = 'bg-slate-100 dark:bg-slate-800'

/** A rule between two parts of a panel (decoration: it carries no meaning). */
export const DIVIDER = 'border-slate-200 dark:border-slate-800'

/** The rules between the items of a list (`divide-y`). */
export const LIST_DIVIDER = 'divide-slate-200 dark:divide-slate-800'

/** A chart's axis labels and legends: SVG text, the same tone as MUTED_TEXT. */
export const CHART_TEXT = 'fill-slate-600 dark:fill-slate-400'

/** A chart's grid lines (decoration). */
export const CHART_GRID = 'stroke-slate-200 dark:stroke-slate-700'
