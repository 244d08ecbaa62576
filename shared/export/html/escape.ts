/**
 * Escaping for text that goes into HTML. Everything an exporter writes passes through here, so
 * a headline such as `<script>` or `"onmouseover=` is always shown as text, never parsed as markup.
 */

/**
 * Code points HTML forbids in text (C0/C1 controls other than tab/newline, lone surrogates and
 * the non-characters U+FFFE/U+FFFF). Drafts pasted from Word or PDFs carry them; the Nu checker
 * rejects a page that contains one, so they become U+FFFD where they stood.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with forbidden code points replaced and every line break as `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?|\f/g, '\n').replace(FORBIDDEN, '\uFFFD');
}

/** Escapes text content: `&`, `<`, `>` (the last so that `]]>`-style fragments stay inert too). */
export function escapeText(text: string): string {
  return cleanText(text).replace(/[&<>]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;',
  );
}

/**
 * Sequences that end a comment, a CDATA section or a raw-text element. Harmless inside an
 * escaped HTML attribute, but this body is also embedded in XML (NewsML-G2) and pasted into
 * CMSs that re-parse it, so sanitisers (DOMPurify's SAFE_FOR_XML) strip any attribute holding
 * one. A space breaks them, keeping the words of a hostile alt text readable.
 */
const ATTR_BREAKOUT =
  /(--!?|\])>|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/gi;

/** Escapes an attribute value for use between double quotes. */
export function escapeAttr(text: string): string {
  return cleanText(text)
    .replace(/\n/g, ' ')
    .replace(ATTR_BREAKOUT, (m: string) =>
      m.startsWith('<') ? `< ${m.slice(1)}` : `${m.slice(0, -1)} >`,
    )
    .replace(/[&<>"]/g, (c) =>
      c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
    );
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` become `\u003c`…,
 * so a headline containing `</script>` or `<!--` cannot end the element early; U+2028/U+2029
 * are escaped for old JavaScript parsers that treat them as line ends.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
