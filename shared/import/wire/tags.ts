import type { Compiled } from './conventions';

/** "Tags: Korea Utara, Tiongkok" or "Topik: #banjir #semarang": the tags, or null. */
export function parseTags(text: string, cc: Compiled): string[] | null {
  if (!cc.tagLine || text.length > 400) return null;
  const rest = cc.tagLine.exec(text)?.groups?.rest;
  if (!rest) return null;
  const tags = rest
    .split(/\s*[,;|]\s*|\s+(?=#)/u)
    .map((t) => t.replace(/^#/u, '').trim())
    .filter((t) => t !== '');
  if (tags.length === 0 || tags.some((t) => t.length > 60)) return null;
  return tags;
}
