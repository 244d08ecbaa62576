import type { Article, Block, BlockType } from '../model/article';
import type { Profile, Severity } from '../profiles/profile';

export type { Severity } from '../profiles/profile';
export type Locale = 'en' | 'id';

export interface Location {
  /** Index into `article.blocks`, or null for article-level fields (headline, byline, credits). */
  blockIndex: number | null;
  blockId: string | null;
  /** The article field the finding is about when it is not a block ("headline", "byline", "dateline", "credits"). */
  field?: string;
  /** Character range in the block's text (or the field's text), UTF-16, end exclusive. */
  start?: number;
  end?: number;
}

export interface Fix {
  id: string;
  /** Shown on the one-click button, in both languages. */
  title: Record<Locale, string>;
  /** Pure: returns the fixed article and leaves the given one alone. */
  apply(article: Article): Article;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** The message in both UI languages, with the concrete values filled in. */
  message: Record<Locale, string>;
  location: Location;
  fixes?: Fix[];
}

export interface RuleContext {
  article: Article;
  profile: Profile;
  /** "Now" for date rules; injected so checks are repeatable. */
  now: Date;
}

export interface BlockRuleContext extends RuleContext {
  block: Block;
  blockIndex: number;
}

export interface CheckOptions {
  profile: Profile;
  now?: Date;
}
export type { BlockType };
