import type { ImportReportItem } from '../../model/article';

/**
 * Elements whose content is never copy. The model is the sanitiser: nothing of these survives,
 * only a report item for the ones an editor would want to know about (a removed embed may have
 * been the story's video).
 */
export const DROPPED_REPORTED: Readonly<Record<string, string>> = {
  script: 'script-removed',
  iframe: 'embed-removed',
  frame: 'embed-removed',
  frameset: 'embed-removed',
  object: 'embed-removed',
  embed: 'embed-removed',
  applet: 'embed-removed',
  video: 'embed-removed',
  audio: 'embed-removed',
  form: 'form-removed',
  nav: 'navigation-removed',
};

/** Dropped without a word: page furniture and presentation, nothing a reader lost. */
export const DROPPED_SILENT: ReadonlySet<string> = new Set([
  'head',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'template',
  'noscript',
  'svg',
  'math',
  'canvas',
  'map',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'dialog',
  'source',
  'track',
  'param',
  'xml',
  'o:p',
]);

/**
 * URL schemes that run code or smuggle a document when clicked. Links with these keep their text
 * but lose the link (the href goes into the import report, so nothing is silently lost): an
 * importer is the first gate, and a link that executes script has no place in copy, so no
 * exporter or preview should ever have to remember to neutralise it.
 */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|livescript|data):/i;

export function isUnsafeUrl(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const squashed = href.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  return UNSAFE_SCHEME.test(squashed);
}

/** Report text is for humans deciding whether to restore something: short and single-line. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function reportItem(
  reason: string,
  text: string,
  action: ImportReportItem['action'],
  detail?: string,
): ImportReportItem {
  return detail === undefined
    ? { reason, text: excerpt(text), action }
    : { reason, text: excerpt(text), action, detail };
}

/**
 * Class names CMS templates give to furniture inside the article container: share buttons,
 * screen-reader helper text, comment forms, ad slots, tag and category lists, breadcrumbs.
 * Matched as whole class tokens, so "ad" does not catch "adress".
 */
export const FURNITURE_CLASSES: ReadonlySet<string> = new Set([
  'share',
  'shares',
  'sharing',
  'sharedaddy',
  'share-buttons',
  'social',
  'social-share',
  'social-links',
  'addtoany_share_save_container',
  'screen-reader-text',
  'sr-only',
  'visually-hidden',
  'comments',
  'comments-area',
  'comment-respond',
  'advertisement',
  'ads',
  'ad',
  'adsbygoogle',
  'newsletter',
  'cat-links',
  'tags-links',
  'post-tags',
  'tag-list',
  'breadcrumb',
  'breadcrumbs',
]);
