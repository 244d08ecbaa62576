import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the nodes it renders; the stylesheet styles them. */
export const EDITOR_THEME: EditorThemeClasses = {
  headline: 'ed-headline',
  byline: 'ed-byline',
  dateline: 'ed-dateline',
  figure: 'ed-figure',
  related: 'ed-related',
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h2', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4', h5: 'ed-h5', h6: 'ed-h6' },
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li' },
  link: 'ed-link',
  text: { bold: 'ed-bold', italic: 'ed-italic' },
  // Read by SuggestionNode (Lexical's theme allows extra keys).
  suggestion: { insert: 'ed-sugg-ins', delete: 'ed-sugg-del' },
};
