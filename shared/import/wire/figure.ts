import type { Compiled } from './conventions';
import { normaliseSpace } from './inline';

export interface ParsedCaption {
  caption: string;
  credit: string | null;
}

const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
const sentences = (text: string): number => (text.match(SENTENCE_END)?.length ?? 0) + 1;

/**
 * A photo caption: "Foto: … (Dok. X)" anywhere, or, before the body starts, one or two sentences
 * ending in a photo credit the profile knows ("(AP Photo/Name)", "(@handle)", "REUTERS/Name").
 * In the body, a caption needs the prefix or an agency credit with a slash, since "(@handle)"
 * closes ordinary sentences too.
 */
export function parseCaption(
  text: string,
  cc: Compiled,
  beforeBody: boolean,
): ParsedCaption | null {
  if (text.length > 600) return null;
  let rest = text;
  let prefixed = false;
  const p = cc.captionPrefix?.exec(rest);
  if (p) {
    prefixed = true;
    rest = rest.slice(p[0].length);
  }
  let credit: string | null = null;
  let caption = rest;
  for (const re of cc.photoCredits) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    const c = m?.groups?.credit;
    if (!m || !c || m.index + m[0].length !== rest.length) continue;
    credit = normaliseSpace(c);
    caption = rest.slice(0, m.index);
    break;
  }
  caption = normaliseSpace(caption);
  if (!prefixed) {
    if (!credit || caption === '') return null;
    if (!beforeBody && !credit.includes('/')) return null;
    if (sentences(caption) > 2) return null;
  } else if (caption === '' && !credit) {
    return null;
  } else if (sentences(caption) > 3) {
    return null;
  }
  return { caption, credit };
}
