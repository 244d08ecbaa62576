/**
 * schema.org `NewsArticle` for the page head: what search engines and aggregators read for
 * headline, dates, people and pictures. Built from the same article as the visible page, so
 * the two cannot disagree; serialised with `scriptSafeJson` so no value can end the script.
 */
import type { Article } from '../../model/article';
import { articleWordCount } from '../../model/text';
import { authorNames } from '../labels';
import { cleanText } from './escape';
import { safeUrl } from './url';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const person = (name: string): Json => ({ '@type': 'Person', name: cleanText(name.trim()) });

function people(article: Article, roles: readonly string[]): Json[] {
  return article.credits
    .filter((c) => roles.includes(c.role) && c.name.trim())
    .map((c) => person(c.name));
}

export interface JsonLdOptions {
  draft?: boolean;
  description?: string;
}

export function newsArticleJsonLd(
  article: Article,
  options: JsonLdOptions = {},
): Record<string, Json> {
  const data: Record<string, Json> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: cleanText(article.headline.trim()),
    inLanguage: article.language,
  };
  if (article.subheadline?.trim()) data.alternativeHeadline = cleanText(article.subheadline.trim());
  if (options.description) data.description = cleanText(options.description);
  if (article.byline.published) data.datePublished = article.byline.published;
  const authors = authorNames(article);
  if (authors.length > 0) data.author = authors.map(person);
  const editors = people(article, ['editor']);
  if (editors.length > 0) data.editor = editors;
  const contributors = people(article, ['contributor', 'photographer']);
  if (contributors.length > 0) data.contributor = contributors;
  const translators = people(article, ['translator']);
  if (translators.length > 0) data.translator = translators;
  const images: Json[] = [];
  for (const b of article.blocks) {
    if (b.type !== 'figure') continue;
    const url = safeUrl(b.src);
    if (url === null) continue;
    const image: Record<string, Json> = { '@type': 'ImageObject', contentUrl: url };
    if (b.caption.trim()) image.caption = cleanText(b.caption.trim());
    if (b.credit?.trim()) image.creditText = cleanText(b.credit.trim());
    images.push(image);
  }
  if (images.length > 0) data.image = images;
  if (article.dateline?.place.trim()) data.dateline = cleanText(article.dateline.place.trim());
  if (article.metadata.section) data.articleSection = cleanText(article.metadata.section);
  if (article.metadata.tags.length > 0) data.keywords = article.metadata.tags.map(cleanText);
  if (article.metadata.outlet) {
    data.publisher = { '@type': 'Organization', name: cleanText(article.metadata.outlet) };
  }
  data.wordCount = articleWordCount(article);
  if (options.draft) data.creativeWorkStatus = 'Draft';
  return data;
}
