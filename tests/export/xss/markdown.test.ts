/**
 * The Markdown export carries no live markup either: rendered by markdown-it with raw HTML
 * allowed (the most permissive way a site generator renders it), the hostile corpus yields no
 * script, no event handler and no dangerous URL; and no field can break out of the front matter.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { markdownExporter } from '../../../shared/export/markdown';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { HOSTILE_URLS, PAYLOADS } from './payloads';

const profile = getBuiltinProfile('en');
// validateLink is markdown-it's own URL filter; turned off so only our escaping is tested.
const permissive = new MarkdownIt({ html: true });
permissive.validateLink = () => true;
const window = new JSDOM('').window;

function hostile(text: string, url: string): Article {
  return createArticle({
    language: 'en',
    headline: text,
    subheadline: text,
    byline: { authors: [{ name: text }], published: null, raw: text },
    dateline: { place: text, source: text },
    blocks: [
      {
        id: 'b1',
        type: 'paragraph',
        text,
        marks: [{ type: 'link', start: 0, end: text.length, href: url }],
      },
      { id: 'b2', type: 'heading', level: 2, text, marks: [] },
      { id: 'b3', type: 'quote', text, marks: [], attribution: text },
      { id: 'b4', type: 'list', ordered: true, items: [{ text, marks: [] }] },
      { id: 'b5', type: 'figure', src: url, alt: text, caption: text, credit: text },
      { id: 'b6', type: 'related', label: text, title: text, url },
    ],
    credits: [{ name: text, role: 'writer', note: text }],
    metadata: { tags: [text], extra: {}, section: text },
  });
}

function split(markdown: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(m).not.toBeNull();
  return {
    front: parseYaml(m![1]!) as Record<string, unknown>,
    body: markdown.slice(m![0].length),
  };
}

function assertInert(body: string): void {
  const div = window.document.createElement('div');
  div.innerHTML = permissive.render(body);
  expect(
    div.querySelectorAll('script, style, iframe, object, embed, svg, math, form, base, meta, link'),
  ).toHaveLength(0);
  for (const el of div.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
      if (attr === 'href' || attr === 'src') {
        // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL
        expect(el.getAttribute(attr)!.replace(/[\u0000-\u0020]/g, '')).not.toMatch(
          /^(javascript|vbscript|data):/i,
        );
      }
    }
  }
}

describe('XSS: the Markdown export', () => {
  it.each(PAYLOADS.map((p, i) => [i, p, HOSTILE_URLS[i % HOSTILE_URLS.length]!]))(
    'payload %i renders inert and stays in its front-matter field',
    (_i, payload, url) => {
      const { front, body } = split(
        String(markdownExporter.export(hostile(payload, url), { profile })),
      );
      expect(front.title).toBe(payload);
      expect((front.dateline as { place: string }).place).toBe(payload);
      assertInert(body);
    },
  );

  it('cannot close the front matter early', () => {
    const text = 'Judul\n---\ninjected: true\n---\n<script>alert(1)</script>';
    const { front, body } = split(
      String(markdownExporter.export(hostile(text, '/x'), { profile })),
    );
    expect(front.title).toBe(text);
    expect(front.injected).toBeUndefined();
    assertInert(body);
  });

  it('stays inert for generated mixtures', () => {
    const piece = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 10 }));
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
        fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.string({ maxLength: 20 })),
        (text, url) => {
          const { front, body } = split(
            String(markdownExporter.export(hostile(text, url), { profile })),
          );
          expect(front.title).toBe(text);
          assertInert(body);
        },
      ),
      { numRuns: 200 },
    );
  });
});
