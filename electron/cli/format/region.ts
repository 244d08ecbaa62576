/**
 * Where a finding sits in the source file, as lines and columns, for SARIF `region`s: code-review
 * tools place an annotation only where a result names a line. The article keeps no source
 * positions (a block may come from DOCX, HTML or several lines of wire copy), so the place is
 * found again by looking for the finding's own text in the source. When that text is not there
 * verbatim (the importer tidied it, the source is binary), no region is given rather than a
 * wrong one.
 */
import type { Article, Block } from '../../../shared/model/article';
import type { Location } from '../../../shared/rules';

/** SARIF's text region: 1-based lines and columns (UTF-16 code units), end column exclusive. */
export interface SourceRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/** The source as text when it is text: valid UTF-8 with no NUL (a DOCX or PDF is neither). */
export function sourceText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The parts of a block that hold text, in the order they are looked for. */
function blockParts(block: Block): [string | undefined, string][] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [[undefined, block.text]];
    case 'quote':
      return [
        [undefined, block.text],
        ['attribution', block.attribution ?? ''],
      ];
    case 'list':
      return block.items.map((item, i) => [`items.${i}`, item.text]);
    case 'figure':
      return [
        ['caption', block.caption],
        ['credit', block.credit ?? ''],
        ['alt', block.alt],
        ['src', block.src ?? ''],
      ];
    case 'related':
      return [
        ['title', block.title],
        ['url', block.url ?? ''],
      ];
  }
}

/** The text the location names, then the texts near it to fall back on. */
function candidates(article: Article, loc: Location): { exact?: string; near: string[] } {
  if (loc.blockIndex !== null) {
    const block = article.blocks[loc.blockIndex];
    if (!block) return { near: [] };
    const parts = blockParts(block);
    const exact = parts.find(([field]) => field === loc.field)?.[1];
    return { exact, near: parts.map(([, text]) => text) };
  }
  const field = loc.field ?? '';
  const authors = article.byline.authors.map((a) => a.name);
  const author = /^byline\.authors\.(\d+)$/.exec(field);
  if (author) return { exact: authors[Number(author[1])], near: [] };
  const credit = /^credits\.(\d+)$/.exec(field);
  if (credit) return { exact: article.credits[Number(credit[1])]?.name, near: [] };
  if (field === 'headline') return { exact: article.headline, near: [] };
  if (field.startsWith('dateline')) return { exact: article.dateline?.place, near: [] };
  if (field.startsWith('byline')) {
    return { near: [article.byline.raw ?? '', ...authors] };
  }
  return { near: [] };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text, anywhere from `from` on (or only right at `from` when `anchored`), with any run of
 * spaces or line breaks for its spaces.
 */
function search(
  source: string,
  text: string,
  from = 0,
  anchored = false,
): { index: number; length: number } | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const re = new RegExp(words.map(escape).join('\\s+'), anchored ? 'y' : 'g');
  re.lastIndex = from;
  const m = re.exec(source);
  return m ? { index: m.index, length: m[0].length } : null;
}

/** The first line of a text, enough of it to be telling. */
const firstLine = (text: string): string => text.trim().split('\n')[0]!.trim().slice(0, 80);

/** Text too short to be found by anything but chance ("AP" inside "CAPITAL") is not looked for. */
const telling = (text: string): boolean => text.trim().length >= 4;

/** Where the text's first line starts in the source, from `from` on, or -1. */
function find(source: string, text: string | undefined, from: number): number {
  const probe = text === undefined ? '' : firstLine(text);
  return telling(probe) ? (search(source, probe, from)?.index ?? -1) : -1;
}

/** Offsets where each line starts; \r\n, \n and a lone \r each end a line. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || (ch === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineAndColumn(
  starts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Finds findings' regions in one source; null for a finding whose text cannot be found there. */
export function regionFinder(
  source: string,
  article: Article,
): (loc: Location) => SourceRegion | null {
  const starts = lineStarts(source);
  // Blocks come in the source in reading order: each is looked for after the whole of the one
  // before it, so a caption or related link that repeats words of a paragraph above (even far
  // into a long one) is not placed on that paragraph.
  const after: number[] = [];
  let cursor = 0;
  for (const block of article.blocks) {
    after.push(cursor);
    const texts = blockParts(block)
      .map(([, text]) => text)
      .filter((text) => text.trim() !== '');
    const first = texts[0] === undefined ? null : search(source, firstLine(texts[0]), cursor);
    if (!first) continue;
    cursor = blockEnd(source, texts[0]!, first);
    // The block's other parts (list items, a credit after its caption, a quote's attribution),
    // where they follow closely; a part the source does not hold (alt text) is not looked for
    // further on, where it could only match a later block.
    for (const text of texts.slice(1)) {
      const hit = telling(firstLine(text)) ? search(source, firstLine(text), cursor) : null;
      if (hit && hit.index <= cursor + PART_GAP) cursor = blockEnd(source, text, hit);
    }
  }
  return (loc) => findRegion(source, starts, article, loc, after);
}

/** How far a block's next part may start after the one before it ("</li><li>", "Foto: "). */
const PART_GAP = 32;

/** The last line of a text, its end, enough of it to be telling. */
const lastLine = (text: string): string => text.trim().split('\n').pop()!.trim().slice(-80);

/**
 * Where the block whose text starts at `hit` ends in the source: after all of its words when
 * they are there in order (spaces aside), else after its last line found within the reach of
 * its own words (the importer changed something in between), else after its first line.
 */
function blockEnd(source: string, text: string, hit: { index: number; length: number }): number {
  const whole = search(source, text, hit.index, true);
  if (whole) return whole.index + whole.length;
  const reach = hit.index + 2 * text.length + 16;
  const end = lastLine(text);
  const tail = telling(end) ? search(source, end, hit.index + hit.length) : null;
  if (tail && tail.index + tail.length <= reach) return tail.index + tail.length;
  return hit.index + hit.length;
}

function findRegion(
  source: string,
  starts: readonly number[],
  article: Article,
  loc: Location,
  after: readonly number[],
): SourceRegion | null {
  const { exact, near } = candidates(article, loc);
  const from = loc.blockIndex === null ? 0 : (after[loc.blockIndex] ?? 0);
  const { start, end } = loc;
  const ranged = start !== undefined && end !== undefined && end > start;
  const span = (a: number, b: number): SourceRegion => {
    const first = lineAndColumn(starts, a);
    const last = lineAndColumn(starts, b);
    return {
      startLine: first.line,
      startColumn: first.column,
      endLine: last.line,
      endColumn: last.column,
    };
  };
  const point = (at: number): SourceRegion => {
    const { line, column } = lineAndColumn(starts, at);
    return { startLine: line, startColumn: column };
  };
  if (exact !== undefined && telling(exact)) {
    // The text as the article holds it, verbatim in the source: offsets carry over exactly.
    const whole = source.indexOf(exact, from);
    if (whole >= 0) {
      if (ranged) return span(whole + start, whole + end);
      return point(whole + (exact.length - exact.trimStart().length));
    }
    // Tidied on import (spaces collapsed, lines joined): its first line places it, spaces
    // aside; a range is placed only by text long enough not to be found by chance.
    const at = find(source, exact, from);
    if (at >= 0) {
      if (ranged && end - start >= 3) {
        const hit = search(source, exact.slice(start, end), at);
        // Within the reach of the text's own words (the source may have spaces more).
        if (hit && hit.index + hit.length <= at + 2 * exact.length + 16) {
          return span(hit.index, hit.index + hit.length);
        }
      }
      return point(at);
    }
  }
  for (const text of near) {
    const hit = find(source, text, from);
    if (hit >= 0) return point(hit);
  }
  return null;
}
