import type { Article } from '../../model/article';
import type { Profile } from '../../profiles/profile';

export interface WireOptions {
  profile: Profile;
  /**
   * True when the source format already told us the headline (Markdown front matter, a DOCX
   * Title paragraph, an HTML <h1>): the recogniser then only removes a repeated copy of it.
   */
  headlineKnown?: boolean;
}

/**
 * The one wire-copy recogniser. Given an article whose body is still raw paragraphs, it finds
 * the conventions a profile describes — byline and date lines, dateline at the start of the
 * first paragraph, photo + caption + credit, related-link lines, credit lines and sign-offs,
 * promotional boilerplate — moves them into their fields, blocks and credits, and records in
 * `importReport` whatever it set aside. Every importer of text-like formats runs it.
 *
 * (Placeholder until the recogniser lands: returns the article unchanged.)
 */
export function applyWireConventions(article: Article, _options: WireOptions): Article {
  return article;
}
