import type { Article, Block } from '../model/article';
import type { Profile } from '../profiles/profile';
import { activeRules, checkArticleLevel, checkBlock, orderDiagnostics, resolveNow } from './engine';
import type { Diagnostic } from './types';

interface Entry {
  block: Block;
  index: number;
  diagnostics: Diagnostic[];
  generation: number;
}

/** Structural equality for the plain data blocks are made of (strings, numbers, arrays, objects). */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!samePlainData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

function reindexed(list: Diagnostic[], index: number): Diagnostic[] {
  return list.map((d) => ({ ...d, location: { ...d.location, blockIndex: index } }));
}

/**
 * Checks an article on every keystroke. Block rules re-run only on blocks whose content changed
 * since the last call (same id and same object, or same content when the editor rebuilt the
 * object); article rules, which are cheap and may look across blocks, run every time. The
 * result is always the full list, equal to `checkArticle` on the same article.
 */
export class IncrementalChecker {
  private cache = new Map<string, Entry>();
  private generation = 0;
  private language: string | undefined;

  constructor(private profile: Profile) {}

  /** A different profile changes severities and thresholds: everything is checked afresh. */
  setProfile(profile: Profile): void {
    if (profile === this.profile) return;
    this.profile = profile;
    this.cache.clear();
  }

  /** Forgets cached findings, e.g. after the catalogue's language resources changed. */
  reset(): void {
    this.cache.clear();
  }

  /** How many blocks the last `check` re-ran block rules on (for tests and the benchmark). */
  lastRechecked = 0;

  /** The blocks and entries of the last check, by position: the common case is a lookup by index. */
  private lastBlocks: readonly Block[] = [];
  private lastEntries: Entry[] = [];

  check(article: Article, now?: Date): Diagnostic[] {
    if (article.language !== this.language) {
      this.cache.clear();
      this.lastBlocks = [];
      this.lastEntries = [];
      this.language = article.language;
    }
    const generation = ++this.generation;
    const active = activeRules(this.profile);
    const ctx = { article, profile: this.profile, now: resolveNow(now) };
    const out = checkArticleLevel(active, ctx);
    const blocks = article.blocks;
    const lastBlocks = this.lastBlocks;
    const lastEntries = this.lastEntries;
    const entries: Entry[] = new Array<Entry>(blocks.length);
    let rechecked = 0;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      // Fast path: the same block object at the same place as last time.
      let entry = lastBlocks[i] === block ? lastEntries[i] : undefined;
      if (entry && entry.generation !== generation) {
        entry.generation = generation;
      } else {
        entry = this.cache.get(block.id);
        if (
          entry &&
          entry.generation !== generation &&
          (entry.block === block || samePlainData(entry.block, block))
        ) {
          if (entry.index !== i) {
            entry.diagnostics = reindexed(entry.diagnostics, i);
            entry.index = i;
          }
          entry.block = block;
          entry.generation = generation;
        } else {
          rechecked++;
          entry = { block, index: i, diagnostics: checkBlock(active, ctx, block, i), generation };
          // A duplicate id keeps the first block's entry; the second is checked every time.
          const held = this.cache.get(block.id);
          if (!held || held.generation !== generation) this.cache.set(block.id, entry);
        }
      }
      entries[i] = entry;
      const list = entry.diagnostics;
      for (let k = 0; k < list.length; k++) out.push(list[k]!);
    }
    if (this.cache.size > blocks.length) {
      for (const [id, e] of this.cache) if (e.generation !== generation) this.cache.delete(id);
    }
    this.lastBlocks = blocks;
    this.lastEntries = entries;
    this.lastRechecked = rechecked;
    return orderDiagnostics(out);
  }
}
