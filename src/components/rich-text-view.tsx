import type { ReactNode } from 'react'
import type { Block, Inline, RichText } from '@/core/deck/index.ts'
import { INSET_SURFACE } from './ui/colours.ts'
import { isLinkHref, TextLink } from './ui/text-link.tsx'

/**
 * Renders card text from the compiled tree as React elements: no HTML string is ever set, so
 * card content cannot inject markup. Links are the kit's TextLink: external ones open in a new
 * tab without an opener.
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
        <pre key={key} className={`overflow-x-auto rounded-md p-3 text-sm ${INSET_SURFACE}`}>
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
        <code key={key} className={`rounded px-1 py-0.5 text-[0.9em] ${INSET_SURFACE}`}>
          {node.v}
        </code>
      )
    case 'br':
      return <br key={key} />
    case 'link':
      // The deck compiler admits only https: and in-app links; anything else stays plain text.
      return isLinkHref(node.href) ? (
        <TextLink key={key} href={node.href}>
          {node.c.map(renderInline)}
        </TextLink>
      ) : (
        <span key={key}>{node.c.map(renderInline)}</span>
      )
  }
}
