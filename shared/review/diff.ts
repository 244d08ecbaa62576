/**
 * A readable comparison of two versions of an article: which blocks were added, removed or
 * changed (blocks are matched by their stable ids), and inside a changed text, which words.
 * `renderDiff` writes it as plain text with wdiff-style markers: [-removed-]{+added+}.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Block } from '../model/article';
import { blockPlainText } from '../model/text';
import type { ArticleContent } from './state';

export interface WordChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface FieldChange {
  /** "headline", "subheadline", "slug", "byline", "dateline", "credits", "section", "tags", … */
  field: string;
  before: string;
  after: string;
  words: WordChange[];
}

export interface BlockChange {
  /** "moved": the block is in both versions at another place (and may also have changed). */
  op: 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';
  blockId: string;
  /** The block's type (after the change, or before it when removed). */
  type: Block['type'];
  before?: string;
  after?: string;
  /** For "changed": the word diff of the block's plain text (empty when only attributes moved). */
  words?: WordChange[];
  /** For "changed": the attributes that differ besides the text ("url", "src", "level", "type"). */
  attributes?: { name: string; before: string; after: string }[];
}

export interface ArticleDiff {
  fields: FieldChange[];
  blocks: BlockChange[];
  /** Counts for a one-line summary. */
  stats: {
    added: number;
    removed: number;
    changed: number;
    moved: number;
    wordsAdded: number;
    wordsRemoved: number;
  };
}

const WORDISH = /[\p{L}\p{N}]+/gu;
const countWords = (s: string) => [...s.matchAll(WORDISH)].length;

export function diffWords(before: string, after: string): WordChange[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  return diffWordsWithSpace(before, after).map((p) => ({
    op: p.added ? 'insert' : p.removed ? 'delete' : 'equal',
    text: p.value,
  }));
}

function fieldTexts(a: ArticleContent): [string, string][] {
  return [
    ['headline', a.headline],
    ['subheadline', a.subheadline ?? ''],
    ['slug', a.slug ?? ''],
    [
      'byline',
      [a.byline.authors.map((x) => x.name).join(', '), a.byline.published ?? '']
        .filter(Boolean)
        .join(' • '),
    ],
    [
      'dateline',
      a.dateline
        ? [a.dateline.place, a.dateline.source, a.dateline.date].filter(Boolean).join(' ')
        : '',
    ],
    [
      'credits',
      a.credits.map((c) => `${c.role}: ${c.name}${c.note ? ` (${c.note})` : ''}`).join('; '),
    ],
    ['section', a.metadata.section ?? ''],
    ['tags', a.metadata.tags.join(', ')],
    ['language', a.language],
  ];
}

/** Attributes other than the text a reader would want to know changed. */
function attributes(b: Block): Record<string, string> {
  switch (b.type) {
    case 'heading':
      return { type: b.type, level: String(b.level), marks: JSON.stringify(b.marks) };
    case 'paragraph':
      return { type: b.type, marks: JSON.stringify(b.marks) };
    case 'quote':
      return { type: b.type, attribution: b.attribution ?? '', marks: JSON.stringify(b.marks) };
    case 'list':
      return {
        type: b.type,
        ordered: String(b.ordered),
        marks: JSON.stringify(b.items.map((i) => i.marks)),
      };
    case 'figure':
      return { type: b.type, src: b.src ?? '', alt: b.alt };
    case 'related':
      return { type: b.type, url: b.url ?? '' };
  }
}

function compareBlocks(a: Block, b: Block): BlockChange {
  const before = blockPlainText(a);
  const after = blockPlainText(b);
  const ab = attributes(a);
  const bb = attributes(b);
  const attrs = [...new Set([...Object.keys(ab), ...Object.keys(bb)])]
    .filter((k) => ab[k] !== bb[k])
    .map((name) => ({ name, before: ab[name] ?? '', after: bb[name] ?? '' }));
  if (before === after && attrs.length === 0) {
    return { op: 'unchanged', blockId: b.id, type: b.type, before, after };
  }
  return {
    op: 'changed',
    blockId: b.id,
    type: b.type,
    before,
    after,
    words: before === after ? [] : diffWords(before, after),
    attributes: attrs,
  };
}

/** Compares two versions. Blocks pair up by id; unpaired ones are added or removed. */
export function diffArticles(before: ArticleContent, after: ArticleContent): ArticleDiff {
  const fields: FieldChange[] = [];
  const bf = fieldTexts(before);
  const af = new Map(fieldTexts(after));
  for (const [field, text] of bf) {
    const next = af.get(field) ?? '';
    if (text !== next)
      fields.push({ field, before: text, after: next, words: diffWords(text, next) });
  }
  const oldById = new Map(before.blocks.map((b) => [b.id, b]));
  const blocks: BlockChange[] = [];
  const parts = diffArrays(
    before.blocks.map((b) => b.id),
    after.blocks.map((b) => b.id),
  );
  const newById = new Map(after.blocks.map((b) => [b.id, b]));
  // A block taken out in one place and put in at another is one moved block, not two.
  const removedIds = new Set(parts.filter((p) => p.removed).flatMap((p) => p.value));
  const addedIds = new Set(parts.filter((p) => p.added).flatMap((p) => p.value));
  for (const part of parts) {
    for (const id of part.value) {
      if (part.removed) {
        const b = oldById.get(id);
        if (b && !addedIds.has(id)) {
          blocks.push({ op: 'removed', blockId: id, type: b.type, before: blockPlainText(b) });
        }
      } else if (part.added) {
        const a = oldById.get(id);
        const b = newById.get(id);
        if (a && b && removedIds.has(id)) {
          const compared = compareBlocks(a, b);
          blocks.push({ ...compared, op: 'moved' });
        } else if (b) {
          blocks.push({ op: 'added', blockId: id, type: b.type, after: blockPlainText(b) });
        }
      } else {
        const a = oldById.get(id);
        const b = newById.get(id);
        if (a && b) blocks.push(compareBlocks(a, b));
      }
    }
  }
  const stats = { added: 0, removed: 0, changed: 0, moved: 0, wordsAdded: 0, wordsRemoved: 0 };
  for (const f of fields) {
    for (const w of f.words) {
      if (w.op === 'insert') stats.wordsAdded += countWords(w.text);
      if (w.op === 'delete') stats.wordsRemoved += countWords(w.text);
    }
  }
  for (const b of blocks) {
    if (b.op === 'added') {
      stats.added++;
      stats.wordsAdded += countWords(b.after ?? '');
    } else if (b.op === 'removed') {
      stats.removed++;
      stats.wordsRemoved += countWords(b.before ?? '');
    } else if (b.op === 'changed') stats.changed++;
    else if (b.op === 'moved') stats.moved++;
    for (const w of b.words ?? []) {
      if (w.op === 'insert') stats.wordsAdded += countWords(w.text);
      if (w.op === 'delete') stats.wordsRemoved += countWords(w.text);
    }
  }
  return { fields, blocks, stats };
}

export const isEmptyDiff = (d: ArticleDiff): boolean =>
  d.fields.length === 0 && d.blocks.every((b) => b.op === 'unchanged');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for a revision list: "headline changed; 2 blocks changed, 1 added (+14/−3 words)". */
export function summarizeDiff(d: ArticleDiff): string {
  if (isEmptyDiff(d)) return 'No changes to the text';
  const parts: string[] = [];
  if (d.fields.length) parts.push(`${d.fields.map((f) => f.field).join(', ')} changed`);
  const { added, removed, changed, moved, wordsAdded, wordsRemoved } = d.stats;
  const blocks = [
    changed ? `${plural(changed, 'block')} changed` : '',
    added ? `${plural(added, 'block')} added` : '',
    removed ? `${plural(removed, 'block')} removed` : '',
    moved ? `${plural(moved, 'block')} moved` : '',
  ].filter(Boolean);
  if (blocks.length) parts.push(blocks.join(', '));
  const words = wordsAdded || wordsRemoved ? ` (+${wordsAdded}/−${wordsRemoved} words)` : '';
  return `${parts.join('; ')}${words}`;
}

/**
 * Word changes with wdiff markers. Unchanged stretches longer than twice `context` characters
 * are shortened to their ends with "…", so a one-word edit in a long paragraph reads at a glance.
 */
export function renderWords(words: readonly WordChange[], context = 40): string {
  return words
    .map((w, i) => {
      if (w.op === 'insert') return `{+${w.text}+}`;
      if (w.op === 'delete') return `[-${w.text}-]`;
      if (w.text.length <= 2 * context + 5) return w.text;
      // Cut at spaces so no word is shown in half.
      const head = i === 0 ? '' : w.text.slice(0, context).replace(/\S*$/, '');
      const tail = i === words.length - 1 ? '' : w.text.slice(-context).replace(/^\S*/, '');
      return `${head}…${tail}`;
    })
    .join('');
}

/**
 * The diff as plain text, one entry per changed field or block; unchanged blocks are left out
 * unless `unchanged` is set; `context` is how much unchanged text to show around an edit.
 * Lines start with "~" (changed), "+" (added), "-" (removed) or ">" (moved).
 */
export function renderDiff(
  d: ArticleDiff,
  options: { unchanged?: boolean; context?: number } = {},
): string {
  const lines: string[] = [];
  for (const f of d.fields) lines.push(`~ ${f.field}: ${renderWords(f.words, options.context)}`);
  for (const b of d.blocks) {
    const label = `${b.blockId} ${b.type}`;
    switch (b.op) {
      case 'added':
        lines.push(`+ ${label}: ${b.after ?? ''}`);
        break;
      case 'removed':
        lines.push(`- ${label}: ${b.before ?? ''}`);
        break;
      case 'changed': {
        const text = b.words?.length ? renderWords(b.words, options.context) : (b.after ?? '');
        lines.push(`~ ${label}: ${text}`);
        for (const a of b.attributes ?? []) {
          if (a.name === 'marks') lines.push(`    formatting changed`);
          else lines.push(`    ${a.name}: ${a.before || '(none)'} → ${a.after || '(none)'}`);
        }
        break;
      }
      case 'moved': {
        const text = b.words?.length ? renderWords(b.words, options.context) : (b.after ?? '');
        lines.push(`> ${label} (moved): ${text}`);
        break;
      }
      case 'unchanged':
        if (options.unchanged) lines.push(`  ${label}: ${b.after ?? ''}`);
        break;
    }
  }
  lines.push(summarizeDiff(d));
  return `${lines.join('\n')}\n`;
}
