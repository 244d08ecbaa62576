import type { Compiled } from './conventions';
import { looksLikeHeadline } from './headline';
import { linkOver, normaliseSpace, type Inline } from './inline';

export interface ParsedRelated {
  label: string;
  /** Empty when the label stood alone and the title is on the next line. */
  title: string;
  url: string | null;
}

const URL_AT_END = /(?:^|\s)[([<]?(?<url>(?:https?:\/\/|www\.)[^\s()<>[\]]+)[)\]>]?$/u;
const MARKDOWN_LINK = /^\[(?<title>[^\]]+)\]\((?<url>[^()\s]+)\)$/u;

/**
 * "Baca juga: Title", "Related: Title https://…", "Pilihan Editor: [Title](url)", or a label
 * alone whose title follows on the next line. A link mark over the title (from Markdown, HTML or
 * DOCX) gives the URL.
 */
export function parseRelated(line: Inline, cc: Compiled): ParsedRelated | null {
  if (!cc.related || line.text.length > 400) return null;
  const m = cc.related.exec(line.text);
  if (!m?.[1]) return null;
  const label = normaliseSpace(m[1]);
  const rest = m.groups?.rest;
  if (rest === undefined || rest.trim() === '') {
    // A bare label is only a label when it is the whole line (optionally with its colon).
    return { label, title: '', url: null };
  }
  const restStart = line.text.length - rest.length;
  let title = rest;
  let url: string | null = null;
  const md = MARKDOWN_LINK.exec(title.trim());
  if (md?.groups) {
    title = md.groups.title!;
    url = md.groups.url!;
  } else {
    const u = URL_AT_END.exec(title);
    if (u?.groups && u.index > 0) {
      url = u.groups.url!;
      title = title.slice(0, u.index);
    }
  }
  title = normaliseSpace(title).replace(/[\s|:–—-]+$/u, '');
  // A related title is a headline: one line, no run of sentences.
  if (title === '' || !looksLikeHeadline(title)) return null;
  url ??= linkOver(line, restStart, line.text.length) ?? null;
  return { label, title, url };
}
