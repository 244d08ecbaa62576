/**
 * A snapshot is what the rest of the app needs after an edit settles: the article as it now
 * stands, every diagnostic, and where each block lives in the editor.
 */
import type { EditorState, NodeKey } from 'lexical';
import type { Article } from '../../shared/model/article';
import { IncrementalChecker } from '../../shared/rules/incremental';
import type { Diagnostic } from '../../shared/rules/types';
import type { Profile } from '../../shared/profiles/profile';
import { $readArticleWithKeys, BlockCache } from './bridge';

export interface Snapshot {
  article: Article;
  diagnostics: Diagnostic[];
  blockKeys: NodeKey[];
  headlineKey: NodeKey | null;
  bylineKey: NodeKey | null;
  datelineKey: NodeKey | null;
  /** How long reading the editor and checking took, for the status bar's tooltip and the bench. */
  ms: number;
}

/** Keeps one incremental checker per profile so only edited blocks are checked again. */
export class SnapshotMaker {
  private checker: IncrementalChecker;
  /** Unchanged blocks read back as the same objects, so the checker skips them at once. */
  private blocks = new BlockCache();
  constructor(private profile: Profile) {
    this.checker = new IncrementalChecker(profile);
  }

  setProfile(profile: Profile): void {
    if (profile === this.profile) return;
    this.profile = profile;
    this.checker.setProfile(profile);
  }

  make(state: EditorState, base: Article): Snapshot {
    const t0 = performance.now();
    const read = state.read(() => $readArticleWithKeys(base, this.blocks));
    const diagnostics = this.checker.check(read.article);
    return { ...read, diagnostics, ms: performance.now() - t0 };
  }
}
