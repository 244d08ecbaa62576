/**
 * Editor state ↔ Article, both ways, and nothing else. The editor holds the parts of the article
 * a journalist writes (headline, byline, dateline, body blocks); the rest (id, language, credits,
 * metadata, import report) stays on the Article the app keeps beside it, and `$readArticle` puts
 * the two together again. The round-trip tests in tests/renderer/ pin that nothing is lost.
 *
 * Inline marks are ranges in the model and formatted text nodes in Lexical. Both directions go
 * through the same "runs" form (maximal pieces of text with one set of marks), so a model's marks
 * come back in one canonical order: `normalizeMarks` is exactly what a round trip yields.
 */
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
  type HeadingTagType,
} from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getState,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  $isTextNode,
  $setState,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { Article, Block, InlineText, Mark } from '../../shared/model/article';
import { BlockIds } from '../../shared/model/create';
import {
  isInlineSlot,
  openSuggestions,
  slotKey,
  slotView,
  withEditorSuggestions,
  type Suggestion,
  type ViewSegment,
} from '../../shared/review';
import { $createBylineNode, $isBylineNode } from './nodes/BylineNode';
import { $createDatelineNode, $isDatelineNode } from './nodes/DatelineNode';
import { $createFigureNode, $isFigureNode } from './nodes/FigureNode';
import { $createHeadlineNode, $isHeadlineNode } from './nodes/HeadlineNode';
import { $createRelatedLinkNode, $isRelatedLinkNode } from './nodes/RelatedLinkNode';
import {
  $createSuggestionNode,
  $isSuggestionNode,
  type SuggestionMeta,
} from './nodes/SuggestionNode';
import { attributionState, blockIdState } from './nodes/blockState';

// ---------------------------------------------------------------------------------------------
// Runs: the common form of inline text

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

const sameFormat = (a: Run, b: Run): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.href === b.href;

/**
 * A line break carries no formatting in Lexical, so on the way back it takes what the nearest
 * text on both sides shares; doing the same here keeps the two directions identical.
 */
function settleLineBreaks(runs: Run[]): Run[] {
  const textAt = (i: number, step: number): Run | undefined => {
    for (let j = i + step; j >= 0 && j < runs.length; j += step) {
      const r = runs[j] as Run;
      if (r.text !== '\n') return r;
    }
    return undefined;
  };
  return runs.map((r, i) => {
    if (r.text !== '\n') return r;
    const prev = textAt(i, -1);
    const next = textAt(i, 1);
    return {
      text: '\n',
      bold: Boolean(prev?.bold && next?.bold),
      italic: Boolean(prev?.italic && next?.italic),
      href: prev && next && prev.href !== null && prev.href === next.href ? prev.href : null,
    };
  });
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.text !== '\n' && r.text !== '\n' && sameFormat(last, r)) {
      last.text += r.text;
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

/** Model text + marks → runs. Marks outside the text are clipped; for links, the later one wins. */
export function marksToRuns(text: string, marks: readonly Mark[]): Run[] {
  const len = text.length;
  const cuts = new Set<number>([0, len]);
  for (const m of marks) {
    cuts.add(Math.min(Math.max(m.start, 0), len));
    cuts.add(Math.min(Math.max(m.end, 0), len));
  }
  for (let i = 0; i < len; i++) {
    if (text[i] === '\n') {
      cuts.add(i);
      cuts.add(i + 1);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    if (a === b) continue;
    const run: Run = { text: text.slice(a, b), bold: false, italic: false, href: null };
    for (const m of marks) {
      if (m.start <= a && m.end >= b && m.start < m.end) {
        if (m.type === 'bold') run.bold = true;
        else if (m.type === 'italic') run.italic = true;
        else run.href = m.href ?? '';
      }
    }
    runs.push(run);
  }
  return mergeRuns(settleLineBreaks(runs));
}

const MARK_ORDER: Record<Mark['type'], number> = { bold: 0, italic: 1, link: 2 };

/** Runs → model marks: one maximal range per stretch of the same mark, in a canonical order. */
export function runsToMarks(runs: readonly Run[]): InlineText {
  const settled = settleLineBreaks([...runs]);
  let text = '';
  const marks: Mark[] = [];
  const open: { bold?: Mark; italic?: Mark; link?: Mark } = {};
  for (const r of settled) {
    const start = text.length;
    text += r.text;
    const end = text.length;
    for (const type of ['bold', 'italic'] as const) {
      if (r[type]) {
        const m = open[type];
        if (m && m.end === start) m.end = end;
        else marks.push((open[type] = { type, start, end }));
      } else {
        open[type] = undefined;
      }
    }
    if (r.href !== null) {
      const m = open.link;
      if (m && m.end === start && m.href === r.href) m.end = end;
      else marks.push((open.link = { type: 'link', start, end, href: r.href }));
    } else {
      open.link = undefined;
    }
  }
  marks.sort(
    (a, b) => a.start - b.start || MARK_ORDER[a.type] - MARK_ORDER[b.type] || a.end - b.end,
  );
  return { text, marks };
}

/** The marks a round trip through the editor gives back for this text. */
export function normalizeMarks(text: string, marks: readonly Mark[]): Mark[] {
  return runsToMarks(marksToRuns(text, marks)).marks;
}

// ---------------------------------------------------------------------------------------------
// Model → editor

function $runNodes(run: Run): LexicalNode[] {
  if (run.text === '\n') return [$createLineBreakNode()];
  const node = $createTextNode(run.text);
  if (run.bold) node.toggleFormat('bold');
  if (run.italic) node.toggleFormat('italic');
  return [node];
}

/** Lexical nodes for runs, links grouped into link nodes. */
function $runsToNodes(runs: readonly Run[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  let link: ElementNode | null = null;
  let linkHref: string | null = null;
  for (const run of runs) {
    if (run.href === null) {
      link = null;
      linkHref = null;
      out.push(...$runNodes(run));
      continue;
    }
    if (!link || linkHref !== run.href) {
      link = $createLinkNode(run.href);
      linkHref = run.href;
      out.push(link);
    }
    link.append(...$runNodes(run));
  }
  return out;
}

/** Inline Lexical nodes for a piece of model text, links grouped into link nodes. */
export function $inlineNodes(text: string, marks: readonly Mark[]): LexicalNode[] {
  return $runsToNodes(marksToRuns(text, marks));
}

/** The runs covering [a, b) of the text the runs spell. */
function sliceRuns(runs: readonly Run[], a: number, b: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (end > a && pos < b) {
      out.push({
        ...r,
        text: r.text.slice(Math.max(0, a - pos), Math.min(r.text.length, b - pos)),
      });
    }
    pos = end;
    if (pos >= b) break;
  }
  return out;
}

function suggestionMeta(s: Suggestion, kind: 'insert' | 'delete'): SuggestionMeta {
  return { kind, id: s.id, name: s.by.name, role: s.by.role, at: s.at };
}

/**
 * A slot's text with its open suggestions in place (`slotView`): struck words wrapped as
 * deletions, proposed words as insertions. Without a view it is `$inlineNodes`.
 */
function $slotNodes(
  text: string,
  marks: readonly Mark[],
  view: ViewSegment[] | undefined,
): LexicalNode[] {
  if (!view || view.every((v) => v.kind === 'text')) return $inlineNodes(text, marks);
  const runs = marksToRuns(text, marks);
  const out: LexicalNode[] = [];
  for (const v of view) {
    if (v.kind === 'text') {
      out.push(...$runsToNodes(sliceRuns(runs, v.baseStart, v.baseEnd)));
    } else if (v.suggestion && v.kind === 'delete') {
      out.push(
        $createSuggestionNode(suggestionMeta(v.suggestion, 'delete')).append(
          ...$runsToNodes(sliceRuns(runs, v.baseStart, v.baseEnd)),
        ),
      );
    } else if (v.suggestion) {
      const proposed = v.text
        .split('\n')
        .flatMap((line, i) => [
          ...(i > 0 ? [$createLineBreakNode()] : []),
          ...(line ? [$createTextNode(line)] : []),
        ]);
      out.push($createSuggestionNode(suggestionMeta(v.suggestion, 'insert')).append(...proposed));
    }
  }
  return out;
}

/** What each slot with open inline suggestions shows, by `slotKey`. */
type SlotViews = ReadonlyMap<string, ViewSegment[]>;

function inlineViews(article: Article): SlotViews {
  const views = new Map<string, ViewSegment[]>();
  for (const s of openSuggestions(article)) {
    if (!isInlineSlot(s)) continue;
    const key = slotKey(s);
    if (!views.has(key)) views.set(key, slotView(article, s));
  }
  return views;
}

function $withId<T extends LexicalNode>(node: T, id: string): T {
  return $setState(node, blockIdState, id);
}

/**
 * One model block as the Lexical node that shows it; `views` (from the article's review) puts
 * open suggestions into its text.
 */
export function $blockToNode(block: Block, views?: SlotViews): LexicalNode {
  const view = (field?: string): ViewSegment[] | undefined =>
    views?.get(slotKey({ blockId: block.id, field }));
  switch (block.type) {
    case 'paragraph':
      return $withId(
        $createParagraphNode().append(...$slotNodes(block.text, block.marks, view())),
        block.id,
      );
    case 'heading':
      return $withId(
        $createHeadingNode(`h${block.level}` as HeadingTagType).append(
          ...$slotNodes(block.text, block.marks, view()),
        ),
        block.id,
      );
    case 'quote': {
      const q = $createQuoteNode().append(...$slotNodes(block.text, block.marks, view()));
      $setState(q, attributionState, block.attribution);
      return $withId(q, block.id);
    }
    case 'list': {
      const list = $createListNode(block.ordered ? 'number' : 'bullet');
      block.items.forEach((item, i) => {
        list.append(
          $createListItemNode().append(...$slotNodes(item.text, item.marks, view(`items.${i}`))),
        );
      });
      return $withId(list, block.id);
    }
    case 'figure':
      return $withId(
        $createFigureNode({
          src: block.src,
          alt: block.alt,
          caption: block.caption,
          credit: block.credit,
        }),
        block.id,
      );
    case 'related':
      return $withId(
        $createRelatedLinkNode({ label: block.label, title: block.title, url: block.url }),
        block.id,
      );
  }
}

/**
 * Replaces the editor's content with the article's headline, byline, dateline and body, open
 * suggestions shown in the text.
 */
export function $loadArticle(article: Article): void {
  const views = article.review ? inlineViews(article) : undefined;
  const root = $getRoot();
  root.clear();
  root.append(
    $createHeadlineNode().append(
      ...$slotNodes(
        article.headline,
        [],
        views?.get(slotKey({ blockId: null, field: 'headline' })),
      ),
    ),
    $createBylineNode({
      authors: article.byline.authors.map((a) => a.name),
      published: article.byline.published,
      ...(article.byline.raw !== undefined ? { raw: article.byline.raw } : {}),
    }),
    $createDatelineNode(article.dateline ?? { place: '' }),
    ...article.blocks.map((b) => $blockToNode(b, views)),
  );
}

// ---------------------------------------------------------------------------------------------
// Editor → model

/** One suggestion node met while reading a slot, in accepted-text offsets. */
interface RawSuggestion {
  meta: SuggestionMeta;
  start: number;
  end: number;
  text: string;
}

/** An open suggestion read from the editor, relative to its slot. */
export interface SlotSuggestion {
  id: string;
  kind: 'insert' | 'delete' | 'replace';
  start: number;
  end: number;
  text: string;
  /** The accepted text a deletion or replacement takes out. */
  removed?: string;
  by: { name: string; role: string };
  at: string;
}

interface RunReader {
  runs: Run[];
  /** Length of the accepted text read so far. */
  len: number;
  raw: RawSuggestion[];
}

function collectRuns(node: ElementNode, href: string | null, r: RunReader): void {
  for (const child of node.getChildren()) {
    if ($isSuggestionNode(child)) {
      const meta = child.getMeta();
      if (meta.kind === 'insert') {
        // Proposed words are not part of the text until accepted.
        r.raw.push({ meta, start: r.len, end: r.len, text: child.getTextContent() });
      } else {
        const start = r.len;
        collectRuns(child, href, r);
        r.raw.push({ meta, start, end: r.len, text: '' });
      }
    } else if ($isLinkNode(child)) {
      collectRuns(child, child.getURL(), r);
    } else if ($isLineBreakNode(child)) {
      r.runs.push({ text: '\n', bold: false, italic: false, href });
      r.len += 1;
    } else if ($isTextNode(child)) {
      const text = child.getTextContent();
      r.runs.push({ text, bold: child.hasFormat('bold'), italic: child.hasFormat('italic'), href });
      r.len += text.length;
    } else if ($isElementNode(child) && !$isListNode(child)) {
      collectRuns(child, href, r);
    }
  }
}

/**
 * Suggestion nodes → suggestions. Pieces of one suggestion that touch (split by a link or a
 * format) join; a deletion followed at once by an insertion with its id is a replacement. An
 * id met again further on (after an odd edit) names a new suggestion, so ids stay unique.
 */
function combineSuggestions(raw: readonly RawSuggestion[]): SlotSuggestion[] {
  const out: SlotSuggestion[] = [];
  /** The node id each entry of `out` came from (its own id may have a "~2" added). */
  const from: string[] = [];
  const used = new Set<string>();
  for (const x of raw) {
    const last = out[out.length - 1];
    if (last && from[from.length - 1] === x.meta.id) {
      const touching =
        x.meta.kind === 'insert' ? x.start === last.end : x.start === last.end && last.text === '';
      if (touching) {
        if (x.meta.kind === 'insert') last.text += x.text;
        else last.end = x.end;
        continue;
      }
    }
    let id = x.meta.id;
    for (let n = 2; used.has(id); n++) id = `${x.meta.id}~${n}`;
    used.add(id);
    from.push(x.meta.id);
    out.push({
      id,
      kind: 'insert',
      start: x.start,
      end: x.end,
      text: x.text,
      by: { name: x.meta.name, role: x.meta.role },
      at: x.meta.at,
    });
  }
  for (const s of out) s.kind = s.start === s.end ? 'insert' : s.text === '' ? 'delete' : 'replace';
  return out;
}

/** The accepted text and marks of an element's inline content, and its open suggestions. */
export function $readSlot(node: ElementNode): {
  inline: InlineText;
  suggestions: SlotSuggestion[];
} {
  const r: RunReader = { runs: [], len: 0, raw: [] };
  collectRuns(node, null, r);
  const inline = runsToMarks(mergeRuns(r.runs));
  if (r.raw.length === 0) return { inline, suggestions: [] };
  const suggestions = combineSuggestions(r.raw);
  for (const x of suggestions) {
    if (x.end > x.start) x.removed = inline.text.slice(x.start, x.end);
  }
  return { inline, suggestions };
}

/** The model text and marks of an element's inline content (nested lists excluded). */
export function $readInline(node: ElementNode): InlineText {
  return $readSlot(node).inline;
}

/** A slot suggestion with the block field it belongs to ("items.2"; none for block text). */
export type FieldSuggestion = SlotSuggestion & { field?: string };

function $listItems(list: ElementNode, out: InlineText[], sugg: FieldSuggestion[]): void {
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const own = $readSlot(item);
    const nested = item.getChildren().filter($isListNode);
    // A wrapper item that only holds a nested list is not an item of its own.
    if (own.inline.text !== '' || own.suggestions.length > 0 || nested.length === 0) {
      const field = `items.${out.length}`;
      for (const x of own.suggestions) sugg.push({ ...x, field });
      out.push(own.inline);
    }
    // The model has flat lists: nested items follow their parent.
    for (const n of nested) $listItems(n, out, sugg);
  }
}

/** Block without its id: what one top-level node says, or null for nodes that are not blocks. */
type BlockBody = Block extends infer B ? (B extends Block ? Omit<B, 'id'> : never) : never;

interface NodeReading {
  body: BlockBody;
  suggestions: FieldSuggestion[];
}

function $nodeToBlock(node: LexicalNode): NodeReading | null {
  const inline = (el: ElementNode): { inline: InlineText; suggestions: FieldSuggestion[] } =>
    $readSlot(el);
  if ($isHeadingNode(node)) {
    const level = Math.min(6, Math.max(2, Number(node.getTag().slice(1))));
    const r = inline(node);
    return { body: { type: 'heading', level, ...r.inline }, suggestions: r.suggestions };
  }
  if ($isQuoteNode(node)) {
    const r = inline(node);
    return {
      body: { type: 'quote', ...r.inline, attribution: $getState(node, attributionState) },
      suggestions: r.suggestions,
    };
  }
  if ($isListNode(node)) {
    const items: InlineText[] = [];
    const suggestions: FieldSuggestion[] = [];
    $listItems(node, items, suggestions);
    return {
      body: { type: 'list', ordered: node.getListType() === 'number', items },
      suggestions,
    };
  }
  if ($isFigureNode(node)) return { body: { type: 'figure', ...node.getData() }, suggestions: [] };
  if ($isRelatedLinkNode(node)) {
    return { body: { type: 'related', ...node.getData() }, suggestions: [] };
  }
  if ($isParagraphNode(node) || $isHeadlineNode(node) || $isElementNode(node)) {
    const r = inline(node);
    return { body: { type: 'paragraph', ...r.inline }, suggestions: r.suggestions };
  }
  return null;
}

interface CachedBlock {
  /** The top-level node and every node under it, as they were when `body` was read. */
  nodes: LexicalNode[];
  body: BlockBody;
  suggestions: FieldSuggestion[];
  /** The block last handed out for this node, reused while its id stays the same. */
  block: Block | null;
}

function collectNodes(node: LexicalNode, out: LexicalNode[]): void {
  out.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) collectNodes(child, out);
}

/**
 * Remembers what each top-level node read as, so reading the editor after a keystroke converts
 * only the edited block and hands back the very same Block object for every other one (the
 * incremental checker, the word count and the panels then skip them by identity).
 *
 * Committed editor-state nodes are never mutated: any change to a node (its text, format,
 * state, or its list of children) makes a new node object. So a subtree whose nodes are all the
 * same objects as when it was read says exactly what it said then. Checking that is a lookup
 * per node, far cheaper than reading runs and marks again.
 */
export class BlockCache {
  private entries = new Map<NodeKey, CachedBlock>();
  private seen = new Set<NodeKey>();

  /** Must run inside a read of the editor state whose nodes `node` belongs to. */
  $read(node: LexicalNode): CachedBlock | null {
    const key = node.getKey();
    this.seen.add(key);
    const hit = this.entries.get(key);
    if (hit && hit.nodes[0] === node && hit.nodes.every((n) => $getNodeByKey(n.getKey()) === n)) {
      return hit;
    }
    const reading = $nodeToBlock(node);
    if (!reading) {
      this.entries.delete(key);
      return null;
    }
    const nodes: LexicalNode[] = [];
    collectNodes(node, nodes);
    const entry: CachedBlock = { nodes, ...reading, block: null };
    this.entries.set(key, entry);
    return entry;
  }

  /** Drops entries for nodes the last read did not meet (deleted blocks). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    this.seen.clear();
  }
}

/** A suggestion read from the editor as the review stores it (field order as `suggestChange`). */
function openSuggestion(
  x: SlotSuggestion,
  blockId: string | null,
  field: string | undefined,
): Suggestion {
  return {
    id: x.id,
    blockId,
    ...(field === undefined ? {} : { field }),
    kind: x.kind,
    start: x.start,
    end: x.end,
    text: x.text,
    ...(x.kind === 'insert' ? {} : { removed: x.removed }),
    by: x.by,
    at: x.at,
    state: 'open',
  };
}

export interface ReadResult {
  article: Article;
  /** Node key of each block, by block index: how a diagnostic finds the node it is about. */
  blockKeys: NodeKey[];
  headlineKey: NodeKey | null;
  bylineKey: NodeKey | null;
  datelineKey: NodeKey | null;
}

/**
 * The article the editor shows: `base` with headline, byline, dateline and blocks read from the
 * editor. A block with no id yet, or a copy whose id an earlier block has, gets a fresh id
 * after the highest in the editor, so ids stay unique and existing ones never change.
 */
export function $readArticleWithKeys(base: Article, cache?: BlockCache): ReadResult {
  const children = $getRoot().getChildren();
  let headline: string | null = null;
  let headlineKey: NodeKey | null = null;
  let bylineKey: NodeKey | null = null;
  let datelineKey: NodeKey | null = null;
  let byline = {
    ...base.byline,
    authors: [] as { name: string }[],
    published: null as string | null,
  };
  let dateline: Article['dateline'] = null;
  let headlineSuggestions: SlotSuggestion[] = [];
  const pending: {
    body: BlockBody;
    suggestions: FieldSuggestion[];
    id: string;
    key: NodeKey;
    entry?: CachedBlock;
  }[] = [];

  for (const node of children) {
    if ($isHeadlineNode(node) && headline === null) {
      const read = $readSlot(node);
      headline = read.inline.text;
      headlineSuggestions = read.suggestions;
      headlineKey = node.getKey();
      continue;
    }
    if ($isBylineNode(node) && bylineKey === null) {
      const d = node.getData();
      byline = {
        authors: d.authors.map((name) => ({ name })),
        published: d.published,
        ...(d.raw !== undefined ? { raw: d.raw } : {}),
      };
      bylineKey = node.getKey();
      continue;
    }
    if ($isDatelineNode(node) && datelineKey === null) {
      dateline = node.isEmpty() ? null : node.getData();
      datelineKey = node.getKey();
      continue;
    }
    if ($isDecoratorNode(node) && !$isFigureNode(node) && !$isRelatedLinkNode(node)) continue;
    if (cache) {
      const entry = cache.$read(node);
      if (entry) {
        const id = $getState(node, blockIdState);
        pending.push({
          body: entry.body,
          suggestions: entry.suggestions,
          id,
          key: node.getKey(),
          entry,
        });
      }
      continue;
    }
    const reading = $nodeToBlock(node);
    if (reading)
      pending.push({ ...reading, id: $getState(node, blockIdState), key: node.getKey() });
  }
  cache?.sweep();

  const taken = new Set<string>();
  // Only the editor's own ids count, so the same editor state always reads the same ids
  // (whatever the base holds); in the app, BlockIdsPlugin has usually assigned them already.
  // Fresh ids are needed only for a block without one or a copy; finding the highest id in use
  // is skipped on the usual read, where every block has its own.
  let ids: BlockIds | null = null;
  const fresh = (): string => {
    if (!ids) {
      const known = pending.map((p) => p.id).filter(Boolean);
      // BlockIds.after only reads `id`; the stand-in blocks exist to hand it the ids in use.
      ids = BlockIds.after(known.map((id) => ({ id }) as Block));
    }
    return ids.take();
  };
  const blocks: Block[] = pending.map((p) => {
    const id = p.id && !taken.has(p.id) ? p.id : fresh();
    taken.add(id);
    if (p.entry?.block && p.entry.block.id === id) return p.entry.block;
    const block = { id, ...p.body } as Block;
    if (p.entry) p.entry.block = block;
    return block;
  });

  const shown: Suggestion[] = headlineSuggestions.map((x) => openSuggestion(x, null, 'headline'));
  pending.forEach((p, i) => {
    for (const x of p.suggestions) shown.push(openSuggestion(x, blocks[i]?.id ?? '', x.field));
  });
  // A suggestion copied and pasted elsewhere arrives with the same id: the copy gets its own,
  // never one the review has used, so neither is lost when the review is loaded again.
  if (shown.length > 1) {
    const taken = new Set((base.review?.suggestions ?? []).map((x) => x.id));
    const seen = new Set<string>();
    for (const x of shown) {
      if (seen.has(x.id)) {
        let n = 2;
        while (seen.has(`${x.id}~${n}`) || taken.has(`${x.id}~${n}`)) n++;
        x.id = `${x.id}~${n}`;
      }
      seen.add(x.id);
    }
  }

  return {
    article: withEditorSuggestions(
      {
        ...base,
        headline: headline ?? '',
        byline: byline as Article['byline'],
        dateline,
        blocks,
      },
      shown,
    ),
    blockKeys: pending.map((p) => p.key),
    headlineKey,
    bylineKey,
    datelineKey,
  };
}

export function $readArticle(base: Article): Article {
  return $readArticleWithKeys(base).article;
}
