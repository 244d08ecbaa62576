import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { ArticleSchema, type Article } from '../../../shared/model/article';
import { blockPlainText } from '../../../shared/model/text';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const seedPath = (name: string): string => join(repoRoot, 'seeds', name);
export const seedBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(seedPath(name)));
export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const squash = (s: string): string =>
  s
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/gu, '')
    .replace(/[\s\u00a0\u2007\u202f]+/gu, ' ')
    .trim();

/**
 * Every place an input line can end up after an import: the article's fields, its blocks, its
 * credits, and the report's verbatim texts.
 */
function destinations(article: Article): string[] {
  const out = [article.headline, article.subheadline ?? '', article.byline.raw ?? ''];
  out.push(...article.byline.authors.map((a) => a.name));
  if (article.dateline) {
    const d = article.dateline;
    out.push(d.place, d.source ?? '', d.date ?? '');
  }
  for (const b of article.blocks) {
    out.push(blockPlainText(b));
    if (b.type === 'figure') out.push(b.caption, b.credit ?? '', b.alt);
    if (b.type === 'related') out.push(b.label, b.title, b.url ?? '');
  }
  for (const c of article.credits) out.push(c.name, c.note ?? '');
  for (const i of article.importReport.items) out.push(i.text);
  return out.map(squash).filter((s) => s !== '');
}

/**
 * The input lines that the article does not account for. A line is accounted for when its
 * normalised text lies inside one destination, or when it is made of pieces that each lie inside
 * one: a dateline cut from the front of a paragraph, a sign-off from its end, a hard-wrapped line
 * that is part of a joined paragraph.
 */
export function unaccountedLines(input: string, article: Article): string[] {
  const places = destinations(article).sort((a, b) => b.length - a.length);
  const inSome = (s: string) => places.some((p) => p.includes(s));
  const missing: string[] = [];
  for (const rawLine of input.replace(/\r\n?/g, '\n').split('\n')) {
    const line = squash(rawLine);
    if (line === '' || inSome(line)) continue;
    let rest = line;
    for (const p of places) if (rest.includes(p)) rest = rest.split(p).join('\u0001');
    const pieces = rest.split('\u0001').map((x) => x.trim());
    if (pieces.some((x) => /[\p{L}\p{N}]/u.test(x) && !inSome(x))) missing.push(rawLine);
  }
  return missing;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The words of the input that the article holds fewer times than the input does, counting every
 * place a line can go (as `destinations`, plus the metadata a kicker or tag line becomes). Stricter
 * than `unaccountedLines` where text repeats: a dropped second copy of a paragraph is caught here
 * unless the report lists it.
 */
export function lostWords(input: string, article: Article): string[] {
  const have = new Map<string, number>();
  const places = [...destinations(article), ...article.metadata.tags];
  if (article.metadata.section) places.push(article.metadata.section);
  if (article.metadata.outlet) places.push(article.metadata.outlet);
  for (const p of places) for (const w of p.match(WORDS) ?? []) have.set(w, (have.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of input.match(WORDS) ?? []) {
    const n = have.get(w) ?? 0;
    if (n === 0) lost.push(w);
    else have.set(w, n - 1);
  }
  return lost;
}

export function expectAccountedFor(input: string, article: Article): void {
  expect(unaccountedLines(input, article)).toEqual([]);
}

/** Importers must hand back articles that the model accepts unchanged. */
export function expectValidArticle(article: Article): void {
  expect(ArticleSchema.parse(article)).toEqual(article);
}
