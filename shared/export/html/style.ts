/**
 * The page's own stylesheet: small, readable on a phone and in print, no web fonts or external
 * requests (the page must work offline and from a file). Light only, with every text colour at
 * WCAG AA contrast or better on white (muted grey 7.5:1, link blue 7.2:1, draft red 7.3:1).
 */
export const PAGE_CSS = `
:root { --ink: #1a1a1a; --muted: #4f555c; --rule: #d7dade; --alert: #b00020; }
body { margin: 0; font: 1.125rem/1.65 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
a { color: #0b57a4; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
.subheadline { font-size: 1.25rem; color: var(--muted); margin: 0 0 1rem; }
.byline, .credits, figcaption { font-family: system-ui, sans-serif; font-size: .9rem; color: var(--muted); }
.dateline { font-weight: 700; }
img { max-width: 100%; height: auto; display: block; }
figure { margin: 1.5rem 0; }
.credit { display: inline-block; font-size: .8rem; text-transform: uppercase; letter-spacing: .02em; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 4px solid var(--rule); font-style: italic; }
.quote { margin: 1.5rem 0; }
.quote blockquote { margin: 0; }
.related { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .25rem 0; margin: 1.25rem 0; font-family: system-ui, sans-serif; }
.related-label { font-weight: 700; }
.credits { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .75rem; }
.credits dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
.credits dt { font-weight: 700; }
.credits dd { margin: 0; }
.draft-marker { border: 3px solid var(--alert); color: var(--alert); padding: .5rem .75rem; font-family: system-ui, sans-serif; }
@media print { .draft-marker { border-width: 2px; } main { max-width: none; } }
`.trim();
