import type { Compiled } from './conventions';
import { normaliseSpace } from './inline';

export interface ParsedCaption {
  caption: string;
  credit: string | null;
}

/** "ANTARA FOTO/…", "AP Photo/…", "REUTERS/…", "KOMPAS.com/…": an agency's or site's photo credit. */
const AGENCY_CREDIT =
  /(?:\b(?:FOTO|Foto|Photo)\/|^\p{Lu}{3,}\/\p{Lu}\p{Ll}|^[\p{L}\p{N}]+(?:\.[\p{L}]{2,})+\/)/u;

/** Is this credit unmistakably a photo credit, even in the middle of the copy? */
function isPhotoCredit(credit: string, cc: Compiled): boolean {
  if (AGENCY_CREDIT.test(credit)) return true;
  // "Nur Khasanah/detikcom": a name, then an outlet the profile knows.
  const after = credit.split('/').slice(1);
  return after.some((part) => cc.outlets.has(part.trim().toLowerCase()));
}

const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;
const sentences = (text: string): number => (text.match(SENTENCE_END)?.length ?? 0) + 1;

/**
 * A photo caption: "Foto: … (Dok. X)" anywhere, or, before the body starts, one or two sentences
 * ending in a photo credit the profile knows ("(AP Photo/Name)", "(@handle)", "REUTERS/Name").
 * In the body, a caption needs the prefix or an agency's or outlet's photo credit, since
 * "(@handle)" and "(abc/def)" close ordinary paragraphs too.
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
    if (!beforeBody && !isPhotoCredit(credit, cc)) return null;
    if (sentences(caption) > 2) return null;
  } else if (caption === '' && !credit) {
    return null;
  } else if (sentences(caption) > 3) {
    return null;
  }
  return { caption, credit };
}
