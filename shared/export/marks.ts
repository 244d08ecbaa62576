/**
 * Inline marks (ranges over a block's text) turned into properly nested runs, for every format
 * that writes markup: HTML tags and Markdown delimiters must nest even when a draft's bold and
 * italic ranges cross.
 */
import type { Mark } from '../model/article';

export type InlineStyle = 'link' | 'bold' | 'italic';

/** Outermost first: a link may contain bold and italic, bold may contain italic. */
const ORDER: readonly InlineStyle[] = ['link', 'bold', 'italic'];

export interface Span {
  style: InlineStyle;
  /** For links: the href as the mark gives it (unchecked). Links with different hrefs differ. */
  href?: string;
}

export interface InlineSink {
  open(span: Span): void;
  close(span: Span): void;
  text(text: string): void;
}

const sameSpan = (a: Span, b: Span) => a.style === b.style && a.href === b.href;

/** Moves an offset off the middle of a surrogate pair, so no run holds half an emoji. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff
    ? i + 1
    : i;
}

/**
 * Walks `text` with its marks, calling `open`/`close`/`text` on `sink` so that spans always
 * nest: where marks cross, the inner span is closed and reopened. Out-of-range and empty marks
 * are ignored; where two links overlap, the one that starts first wins.
 */
export function walkInline(text: string, marks: readonly Mark[], sink: InlineSink): void {
  const usable = marks
    .map((m) => ({
      ...m,
      start: snap(text, Math.min(m.start, text.length)),
      end: snap(text, Math.min(m.end, text.length)),
    }))
    .filter((m) => m.start < m.end);
  if (usable.length === 0) {
    if (text) sink.text(text);
    return;
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of usable) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const links = usable.filter((m) => m.type === 'link').sort((a, b) => a.start - b.start);
  const stack: Span[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const want: Span[] = [];
    const link = links.find((m) => m.start <= from && m.end >= to);
    if (link) want.push({ style: 'link', href: link.href ?? '' });
    for (const style of ORDER.slice(1)) {
      if (usable.some((m) => m.type === style && m.start <= from && m.end >= to))
        want.push({ style });
    }
    let keep = 0;
    while (keep < stack.length && keep < want.length && sameSpan(stack[keep]!, want[keep]!)) keep++;
    while (stack.length > keep) sink.close(stack.pop()!);
    for (const span of want.slice(keep)) {
      stack.push(span);
      sink.open(span);
    }
    sink.text(text.slice(from, to));
  }
  while (stack.length > 0) sink.close(stack.pop()!);
}
