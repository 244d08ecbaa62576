/**
 * `fragment`: the article body alone, as HTML to paste into a web CMS that has its own fields
 * for headline and byline. Same serialiser as the full page, so it is just as safe.
 */
import { articleBodyHtml, toHtmlSyntax } from './body';
import { draftMarkerHtml } from './html/draft';
import type { Exporter } from './types';

export const fragmentExporter: Exporter = {
  id: 'fragment',
  label: 'HTML fragment (body only, for a web CMS)',
  mediaType: 'text/html',
  extension: '.fragment.html',
  export(article, options) {
    const parts = [toHtmlSyntax(articleBodyHtml(article))];
    if (options.draft) parts.unshift(draftMarkerHtml(article.language));
    return `${parts.filter(Boolean).join('\n')}\n`;
  },
};
