import type { InlineText, Mark } from '../../model/article';

type MarkType = Mark['type'];

interface OpenMark {
  type: MarkType;
  href?: string;
  start: number;
}

/** HTML's own notion of inter-element whitespace; U+00A0 joins it because Word scatters it. */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;

/**
 * Collects the text of inline HTML the way a browser renders it (runs of whitespace collapse,
 * none at the start of a line or block) while tracking bold/italic/link ranges over the result.
 * Building the plain text and its mark ranges in one pass keeps offsets exact without a second
 * alignment step.
 */
export class InlineBuilder {
  private text = '';
  private marks: Mark[] = [];
  private open: OpenMark[] = [];

  /** Appends HTML text content; whitespace collapses as it would on screen. */
  appendText(raw: string): void {
    const collapsed = raw.replace(COLLAPSIBLE, ' ');
    if (collapsed === '') return;
    const atLineStart = this.text === '' || this.text.endsWith('\n') || this.text.endsWith(' ');
    this.text += atLineStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  }

  /** Appends text whose whitespace is significant (<pre>): only line endings are normalised. */
  appendPreformatted(raw: string): void {
    this.text += raw.replace(/\r\n?/g, '\n');
  }

  /** A hard line break (<br>): trailing space before it would be invisible, so it goes. */
  lineBreak(): void {
    this.trimEnd();
    this.text += '\n';
  }

  openMark(type: MarkType, href?: string): void {
    this.open.push(
      href === undefined
        ? { type, start: this.text.length }
        : { type, href, start: this.text.length },
    );
  }

  closeMark(): void {
    const m = this.open.pop();
    if (m) this.record(m, this.text.length);
  }

  get isEmpty(): boolean {
    return this.text.trim() === '';
  }

  /**
   * Ends the current run: returns its text and marks, and starts afresh with the marks that are
   * still open re-opened at 0, so a block element nested inside <b> keeps nothing stale.
   */
  take(): InlineText {
    this.trimEnd();
    for (const m of this.open) this.record(m, this.text.length);
    const result = finishInline(this.text, this.marks);
    this.text = '';
    this.marks = [];
    this.open = this.open.map((m) => ({ ...m, start: 0 }));
    return result;
  }

  private trimEnd(): void {
    const trimmed = this.text.replace(/[ ]+$/, '');
    this.text = trimmed;
  }

  private record(m: OpenMark, end: number): void {
    if (end <= m.start) return;
    this.marks.push(
      m.href === undefined
        ? { type: m.type, start: m.start, end }
        : { type: m.type, start: m.start, end, href: m.href },
    );
  }
}

/**
 * Trims the run, clips marks to the text, drops empty ones and merges touching ranges of the same
 * kind (Word splits "<b>Ja</b><b>karta</b>" at every revision), so equal drafts give equal marks.
 */
export function finishInline(rawText: string, rawMarks: readonly Mark[]): InlineText {
  const lead = rawText.length - rawText.replace(/^[\s]+/, '').length;
  const text = rawText.trim();
  const clipped: Mark[] = [];
  for (const m of rawMarks) {
    const start = Math.max(0, m.start - lead);
    const end = Math.min(text.length, m.end - lead);
    if (end <= start) continue;
    // Whitespace at a mark's edges is not formatting anyone meant.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) continue;
    clipped.push(
      m.href === undefined ? { type: m.type, start: s, end: e } : { ...m, start: s, end: e },
    );
  }
  return { text, marks: mergeMarks(clipped, text) };
}

function sameKind(a: Mark, b: Mark): boolean {
  return a.type === b.type && a.href === b.href;
}

function mergeMarks(marks: Mark[], text: string): Mark[] {
  const sorted = [...marks].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type),
  );
  const out: Mark[] = [];
  for (const m of sorted) {
    const prev = out.findLast((p) => sameKind(p, m));
    // Touching or separated only by spaces: one range, as the reader sees it.
    if (prev && prev.end >= m.start - countGap(text, prev.end, m.start)) {
      prev.end = Math.max(prev.end, m.end);
      continue;
    }
    out.push({ ...m });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

/** Length of the gap between two ranges if it is only spaces, else -1 (never merge). */
function countGap(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return /^ +$/.test(text.slice(from, to)) ? to - from : -Infinity;
}

/** Joins inline runs with a separator, shifting each run's marks to its new offset. */
export function joinInline(parts: readonly InlineText[], separator: string): InlineText {
  let text = '';
  const marks: Mark[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    if (text !== '') text += separator;
    const offset = text.length;
    for (const m of p.marks) marks.push({ ...m, start: m.start + offset, end: m.end + offset });
    text += p.text;
  }
  return { text, marks };
}

/** The part of a run from `start` to `end`, marks clipped and re-based. */
export function sliceInline(run: InlineText, start: number, end = run.text.length): InlineText {
  const marks: Mark[] = [];
  for (const m of run.marks) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (e > s) marks.push({ ...m, start: s - start, end: e - start });
  }
  return finishInline(run.text.slice(start, end), marks);
}
