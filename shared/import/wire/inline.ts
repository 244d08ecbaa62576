import type { Mark } from '../../model/article';

/** Text with its marks: what the recogniser cuts and trims, keeping the two in step. */
export interface Inline {
  text: string;
  marks: Mark[];
}

/** Zero-width characters that scraped copy carries and nobody means to keep. */
// Listed singly (not as a class) so no joiner can glue two of them into one character.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/;
const SPACE = /[\s\u00a0\u2007\u202f]/;

/**
 * Re-maps marks after characters were dropped: `map[i]` is the new offset of old offset `i`.
 * Marks that end up empty are dropped rather than kept as zero-width ranges.
 */
function remapMarks(marks: readonly Mark[], map: readonly number[]): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const start = map[Math.min(m.start, map.length - 1)] ?? 0;
    const end = map[Math.min(m.end, map.length - 1)] ?? 0;
    if (end > start) out.push({ ...m, start, end });
  }
  return out;
}

/**
 * Collapses runs of whitespace to one space, drops zero-width characters and trims, so that
 * "Baca juga:\u00a0\u00a0Korea" reads as "Baca juga: Korea". A single no-break space is kept as
 * written ("Rp\u00a05 juta" is deliberate); runs of two or more, and tabs, become one space.
 */
export function normaliseInline(input: Inline): Inline {
  const { text } = input;
  if (input.marks.length === 0) return { text: normaliseText(text), marks: [] };
  const map: number[] = new Array<number>(text.length + 1);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (INVISIBLE.test(ch)) {
      map[i] = out.length;
      i++;
      continue;
    }
    if (SPACE.test(ch)) {
      let j = i;
      let spaces = 0;
      while (j < text.length && (SPACE.test(text[j]!) || INVISIBLE.test(text[j]!))) {
        if (!INVISIBLE.test(text[j]!)) spaces++;
        j++;
      }
      const atEdge = out.length === 0 || j === text.length;
      const single = spaces === 1 && (ch === ' ' || ch === '\u00a0' || ch === '\u202f');
      for (let k = i; k < j; k++) map[k] = out.length;
      if (!atEdge) out += single ? ch : ' ';
      i = j;
      continue;
    }
    map[i] = out.length;
    out += ch;
    i++;
  }
  map[text.length] = out.length;
  return { text: out, marks: remapMarks(input.marks, map) };
}

const INVISIBLE_ALL = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const SPACE_RUN = /[\s\u00a0\u2007\u202f]+/g;

/** The same rule as `normaliseInline` for text without marks, in two passes of the regex engine. */
function normaliseText(text: string): string {
  return text
    .replace(INVISIBLE_ALL, '')
    .replace(SPACE_RUN, (run) =>
      run.length === 1 && (run === ' ' || run === '\u00a0' || run === '\u202f') ? run : ' ',
    )
    .trim();
}

/** Collapses whitespace in plain text the same way, for matching and for fields. */
export function normaliseSpace(text: string): string {
  return normaliseText(text).replace(/\u00a0|\u202f/g, ' ');
}

/** The part [start, end) of the text, marks clipped to it, then trimmed. */
export function sliceInline(input: Inline, start: number, end = input.text.length): Inline {
  const marks: Mark[] = [];
  for (const m of input.marks) {
    const s = Math.max(m.start, start) - start;
    const e = Math.min(m.end, end) - start;
    if (e > s) marks.push({ ...m, start: s, end: e });
  }
  return normaliseInline({ text: input.text.slice(start, end), marks });
}

/** Joins pieces with a separator, shifting each piece's marks. */
export function joinInline(pieces: readonly Inline[], separator: string): Inline {
  let text = '';
  const marks: Mark[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) text += separator;
    for (const m of p.marks)
      marks.push({ ...m, start: m.start + text.length, end: m.end + text.length });
    text += p.text;
  });
  return { text, marks };
}

/** The href of a link mark covering most of [start, end), if any. */
export function linkOver(input: Inline, start: number, end: number): string | undefined {
  for (const m of input.marks) {
    if (m.type !== 'link' || !m.href) continue;
    const overlap = Math.min(m.end, end) - Math.max(m.start, start);
    if (overlap > 0 && overlap * 2 >= end - start) return m.href;
  }
  return undefined;
}
