import type { Element } from 'domhandler';

/**
 * What an element says it is by its class, rel or itemprop, beyond its tag: CMS templates mark
 * bylines and captions this way, and the DOCX style map (see ../docx.ts) writes the same classes,
 * so one converter serves both.
 */
export type ElementRole = 'title' | 'subtitle' | 'byline' | 'date' | 'caption' | 'credit';

const CLASS_ROLES: readonly [ElementRole, readonly string[]][] = [
  ['subtitle', ['subtitle', 'subheadline', 'sub-headline', 'dek', 'deck', 'standfirst']],
  ['byline', ['byline', 'author', 'author-name', 'article-author', 'authors']],
  ['date', ['date', 'pubdate', 'published', 'article-date', 'publish-date']],
  ['caption', ['caption', 'wp-caption-text', 'image-caption', 'figure-caption']],
  ['credit', ['credit', 'photo-credit', 'image-credit']],
];

export function classesOf(el: Element): string[] {
  return (el.attribs.class ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function roleOf(el: Element): ElementRole | null {
  const classes = classesOf(el);
  if (el.name === 'h1' && classes.includes('title')) return 'title';
  // HTML saved from Word names its paragraph styles as Mso* classes.
  if (classes.includes('msotitle')) return 'title';
  if (classes.includes('msosubtitle')) return 'subtitle';
  if (classes.includes('msocaption')) return 'caption';
  if (el.attribs.rel?.toLowerCase() === 'author' || el.attribs.itemprop === 'author')
    return 'byline';
  if (el.attribs.itemprop === 'datePublished') return 'date';
  for (const [role, names] of CLASS_ROLES) {
    if (names.some((n) => classes.includes(n))) return role;
  }
  return null;
}
