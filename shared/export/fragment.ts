/**
 * `fragment`: the article body, as HTML to paste into a web CMS that has its own fields for
 * headline and byline. It ends with the credits footer, as the page does, because the body is
 * what a CMS keeps and credits must appear in every format. Same serialiser as the full page,
 * so it is just as safe.
 */
import { articleBodyHtml, toHtmlSyntax } from './body';
import { creditsFooterHtml } from './html/credits';
import { draftMarkerHtml } from './html/draft';
import type { Exporter } from './types';

export const fragmentExporter: Exporter = {
  id: 'fragment',
  label: 'HTML fragment (body and credits, for a web CMS)',
  mediaType: 'text/html',
  extension: '.fragment.html',
  export(article, options) {
    const parts = [
      ...(options.draft ? [draftMarkerHtml(article.language)] : []),
      toHtmlSyntax(articleBodyHtml(article)),
      ...creditsFooterHtml(article, options.profile),
    ];
    return `${parts.filter(Boolean).join('\n')}\n`;
  },
};
