import type { Article, Block } from '../../model/article';
import { normaliseInline, normaliseSpace, sliceInline, type Inline } from './inline';

/**
 * One line of copy as the recogniser sees it. Paragraph blocks are cut at their line breaks
 * (a DOCX soft break, the lines of a plain-text block) because conventions are line-shaped; any
 * other block passes through whole in `block`.
 */
export interface Unit {
  /** Whitespace-normalised text with its marks. */
  inline: Inline;
  /** The same text with every space plain, for matching and for fields. */
  norm: string;
  /** The line as the draft wrote it, for the import report. */
  raw: string;
  /** Index of the block it came from, so that lines of one paragraph can be put back together. */
  origin: number;
  /** 1-based source line, when the importer told us where the block started. */
  line?: number;
  block?: Block;
}

export function toUnits(
  article: Article,
  blockLines: Readonly<Record<string, number>> | undefined,
): Unit[] {
  const units: Unit[] = [];
  article.blocks.forEach((block, origin) => {
    const base = blockLines?.[block.id];
    if (block.type !== 'paragraph') {
      units.push({ inline: { text: '', marks: [] }, norm: '', raw: '', origin, line: base, block });
      return;
    }
    let start = 0;
    let k = 0;
    while (start <= block.text.length) {
      const nl = block.text.indexOf('\n', start);
      const end = nl === -1 ? block.text.length : nl;
      const inline =
        start === 0 && end === block.text.length
          ? normaliseInline({ text: block.text, marks: block.marks })
          : sliceInline(block, start, end);
      if (inline.text !== '') {
        units.push({
          inline,
          norm: normaliseSpace(inline.text),
          raw: block.text.slice(start, end),
          origin,
          line: base === undefined ? undefined : base + k,
        });
      }
      k++;
      if (nl === -1) break;
      start = nl + 1;
    }
  });
  return units;
}
