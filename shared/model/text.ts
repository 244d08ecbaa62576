import type { Article, Block } from './article';

/** The plain text a block contributes to the body, in reading order. */
export function blockPlainText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.map((i) => i.text).join('\n');
    case 'figure':
      return [block.caption, block.credit].filter(Boolean).join(' ');
    case 'related':
      return `${block.label}: ${block.title}`;
  }
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Words of running copy: headline and body text, not figure captions or related links. */
export function articleWordCount(article: Article): number {
  let n = countWords(article.headline);
  for (const b of article.blocks) {
    if (b.type === 'figure' || b.type === 'related') continue;
    n += countWords(blockPlainText(b));
  }
  return n;
}

/** Minutes to read at a newsroom's usual 200 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
