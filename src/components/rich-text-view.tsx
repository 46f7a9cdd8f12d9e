import type { ReactNode } from 'react'
import { Link } from 'wouter'
import type { Block, Inline, RichText } from '@/core/deck/index.ts'

/**
 * Renders card text from the compiled tree as React elements: no HTML string is ever set, so
 * card content cannot inject markup. External links open in a new tab without an opener.
 */
export function RichTextView({ text, className }: { text: RichText; className?: string }) {
  return (
    <div className={`space-y-3 leading-relaxed ${className ?? ''}`}>{text.map(renderBlock)}</div>
  )
}

export function InlineView({ inlines }: { inlines: readonly Inline[] }) {
  return <>{inlines.map(renderInline)}</>
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.t) {
    case 'p':
      return <p key={key}>{block.c.map(renderInline)}</p>
    case 'pre':
      return (
        <pre
          key={key}
          className="overflow-x-auto rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800"
        >
          <code>{block.v}</code>
        </pre>
      )
    case 'ul':
    case 'ol': {
      const List = block.t
      return (
        <List
          key={key}
          className={`space-y-1 pl-6 ${block.t === 'ul' ? 'list-disc' : 'list-decimal'}`}
        >
          {block.items.map((item, i) => (
            <li key={i}>{item.map(renderBlock)}</li>
          ))}
        </List>
      )
    }
  }
}

function renderInline(node: Inline, key: number): ReactNode {
  if (typeof node === 'string') return node
  switch (node.t) {
    case 'strong':
      return <strong key={key}>{node.c.map(renderInline)}</strong>
    case 'em':
      return <em key={key}>{node.c.map(renderInline)}</em>
    case 'code':
      return (
        <code key={key} className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em] dark:bg-slate-800">
          {node.v}
        </code>
      )
    case 'br':
      return <br key={key} />
    case 'link':
      return node.href.startsWith('/') ? (
        <Link key={key} href={node.href} className="text-amber-700 underline dark:text-amber-400">
          {node.c.map(renderInline)}
        </Link>
      ) : (
        <a
          key={key}
          href={node.href}
          target="_blank"
          rel="noopener noreferrer"
          className="text-amber-700 underline dark:text-amber-400"
        >
          {node.c.map(renderInline)}
        </a>
      )
  }
}
