/** People, times and articles the review tests share. */
import type { Article } from '../../shared/model/article';
import type { Actor } from '../../shared/review';
import { seedArticle } from '../export/html/seedArticle';

export const WILLY = { name: 'Willy Haryono', role: 'penulis' };
export const KELVIN = { name: 'Kelvin Yurcel', role: 'redaktur' };
export const SARI = { name: 'Sari Dewi', role: 'editor' };

export const at = (minute: number): string =>
  new Date(Date.UTC(2025, 8, 29, 11, minute)).toISOString();

export const willy = (minute = 0): Actor => ({ by: WILLY, at: at(minute) });
export const kelvin = (minute = 0): Actor => ({ by: KELVIN, at: at(minute) });
export const sari = (minute = 0): Actor => ({ by: SARI, at: at(minute) });

/** The seed with a photo file and a link for its "Baca juga": the checks find no errors. */
export function cleanSeed(): Article {
  const a = seedArticle();
  a.blocks = a.blocks.map((b) => {
    if (b.type === 'figure')
      return { ...b, src: 'https://example.com/foto/1.jpg', alt: 'Wang Yi dan Choe Son-hui' };
    if (b.type === 'related') return { ...b, url: 'https://example.com/berita/2' };
    return b;
  });
  return a;
}

export function textOf(article: Article, blockId: string): string {
  const b = article.blocks.find((x) => x.id === blockId);
  if (!b || !('text' in b)) throw new Error(`no text block ${blockId}`);
  return b.text;
}
