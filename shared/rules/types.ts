import type { Article, Block, BlockType } from '../model/article';
import type { Profile, Severity } from '../profiles/profile';

export type { Severity } from '../profiles/profile';
export type Locale = 'en' | 'id';
export const LOCALES: readonly Locale[] = ['en', 'id'];

export interface Location {
  /** Index into `article.blocks`, or null for article-level fields (headline, byline, credits). */
  blockIndex: number | null;
  blockId: string | null;
  /**
   * The article field the finding is about when it is not a block ("headline", "byline",
   * "byline.authors.0", "dateline", "credits.2"), or the part of a block whose text `start`/`end`
   * count in when it is not the block's `text` ("caption", "title", "items.3").
   */
  field?: string;
  /** Character range in the block's text (or the field's text), UTF-16, end exclusive. */
  start?: number;
  end?: number;
}

export interface Fix {
  id: string;
  /** Shown on the one-click button, in both languages. */
  title: Record<Locale, string>;
  /**
   * True when the fix cannot change meaning (a missing full stop, a doubled space, a duplicate
   * credit): `newsroom fix` applies only these. Others (title-casing a name, removing a paragraph)
   * wait for a person to click them.
   */
  safe: boolean;
  /**
   * Pure: returns the fixed article and leaves the given one alone. Blocks it does not touch keep
   * their identity, so the incremental checker re-runs only what changed. When the article no
   * longer holds what the finding was about (the text moved on), it returns the article as given.
   */
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

/**
 * What a block rule sees. A block rule must depend only on `block`, `profile` and
 * `article.language`: the incremental checker reuses its findings while the block is unchanged,
 * so anything that looks at neighbours or other fields belongs in an article rule.
 */
export interface BlockRuleContext extends RuleContext {
  block: Block;
  blockIndex: number;
}

export interface CheckOptions {
  profile: Profile;
  now?: Date;
}
export type { BlockType };

/** Values interpolated into a message or fix title. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A fix as a rule proposes it; the engine adds the title from the catalogue. */
export interface FindingFix {
  /** Key under the rule's `fixes` in the catalogue. */
  id: string;
  safe: boolean;
  values?: MessageValues;
  apply(article: Article): Article;
}

/**
 * What a rule's `check` returns: the engine turns it into a `Diagnostic` (severity from the
 * profile, message from the catalogue, block index and id from where the rule ran).
 */
export interface Finding {
  /** Key under the rule's `messages` in the catalogue; `default` when absent. */
  messageId?: string;
  values?: MessageValues;
  /** For article rules that point at a block (related/placement): the block's index. */
  blockIndex?: number;
  field?: string;
  start?: number;
  end?: number;
  fixes?: FindingFix[];
}

interface RuleBase {
  /** `area/name`; also the key of its messages in the i18n catalogue. */
  id: string;
  defaultSeverity: Severity;
}

export interface BlockRule extends RuleBase {
  scope: 'block';
  /** Block types the rule runs on; all when absent. */
  blockTypes?: readonly BlockType[];
  check(ctx: BlockRuleContext): Finding[];
}

export interface ArticleRule extends RuleBase {
  scope: 'article';
  check(ctx: RuleContext): Finding[];
}

export type Rule = BlockRule | ArticleRule;
