import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'

/** A tab's look, light and dark: the selected one is underlined in the brand amber (contrast-tested). */
export const TAB_CLASSES =
  '-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-600 hover:text-slate-900 aria-selected:border-amber-700 aria-selected:text-slate-900 motion-safe:transition-colors dark:text-slate-400 dark:hover:text-slate-100 dark:aria-selected:border-amber-400 dark:aria-selected:text-slate-100'

export interface Tab {
  /** Unique among the tabs; the value of `value` and `onValueChange`. */
  readonly id: string
  readonly label: ReactNode
  readonly panel: ReactNode
}

/**
 * Tabs as the WAI-ARIA pattern describes them: one tab stop for the tab list (roving tabindex),
 * Left and Right move between tabs and wrap, Home and End go to the first and last, and the
 * focused tab is shown at once (its panel is already rendered). Tab then moves into the panel.
 * Every panel stays in the page, hidden, so each tab's `aria-controls` names an element.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function Tabs({
  label,
  tabs,
  value,
  defaultValue,
  onValueChange,
}: {
  /** Names the tab list, e.g. "Request format". */
  label: string
  tabs: readonly [Tab, ...Tab[]]
  /** The selected tab's id, when the screen holds it; otherwise the Tabs keep their own. */
  value?: string
  defaultValue?: string
  onValueChange?: (id: string) => void
}) {
  const baseId = useId()
  const [own, setOwn] = useState(defaultValue ?? tabs[0].id)
  const selected = tabs.some((tab) => tab.id === (value ?? own)) ? (value ?? own) : tabs[0].id
  const tabId = (index: number) => `${baseId}-tab-${index}`
  const panelId = (index: number) => `${baseId}-panel-${index}`

  const select = (index: number) => {
    const tab = tabs[index]
    if (!tab) return
    if (value === undefined) setOwn(tab.id)
    onValueChange?.(tab.id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key]
    if (target === undefined) return
    event.preventDefault()
    select(target)
    document.getElementById(tabId(target))?.focus()
  }

  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        className="flex gap-1 overflow-x-auto border-b border-slate-300 dark:border-slate-600"
      >
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={tabId(index)}
              aria-selected={isSelected}
              aria-controls={panelId(index)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => select(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={TAB_CLASSES}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(index)}
          aria-labelledby={tabId(index)}
          hidden={tab.id !== selected}
          tabIndex={0}
          className="pt-3"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  )
}
