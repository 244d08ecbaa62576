/**
 * The proof that exported HTML runs nothing: the output is parsed as a browser would (jsdom) and
 * every element and attribute is inspected, then DOMPurify is asked to clean the body and must
 * find nothing to remove. Shared by the XSS suites (generated hostile articles, and hostile draft
 * files exported through `newsroom export`).
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

const purify = createDOMPurify(new JSDOM('').window);

const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data|file):/i;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcdoc',
  'data',
  'poster',
];

/** Parses a page, or a fragment placed in a body, as a browser would. */
export function parseExport(html: string, kind: 'page' | 'fragment'): Document {
  return kind === 'page'
    ? new JSDOM(html).window.document
    : new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
}

/** Everything that would let a draft run code or leave the page, in a parsed document. */
export function assertInert(html: string, kind: 'page' | 'fragment'): Document {
  const doc = parseExport(html, kind);
  const scripts = [...doc.querySelectorAll('script')];
  if (kind === 'page') {
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    // The JSON-LD block is data: it must parse, and it sits in the head.
    expect(() => JSON.parse(scripts[0]!.textContent!)).not.toThrow();
    expect(scripts[0]!.parentElement!.tagName).toBe('HEAD');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  } else {
    expect(scripts).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.toLowerCase().startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
      expect(attr.toLowerCase()).not.toBe('style');
      if (URL_ATTRIBUTES.includes(attr.toLowerCase())) {
        // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL
        const value = (el.getAttribute(attr) ?? '').replace(/[\u0000-\u0020]/g, '');
        expect(value, `${el.tagName} ${attr}="${value}"`).not.toMatch(DANGEROUS_SCHEME);
      }
    }
  }
  expect(
    doc.querySelectorAll(
      'iframe, object, embed, base, form, button, svg, math, noscript, template, meta[http-equiv], link',
    ),
  ).toHaveLength(0);
  // A sanitiser finds nothing to remove in what we wrote.
  const body = doc.body.innerHTML;
  expect(purify.sanitize(body)).toBe(body);
  return doc;
}
