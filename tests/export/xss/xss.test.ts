import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fragmentExporter } from '../../../shared/export/fragment';
import { htmlExporter } from '../../../shared/export/html';
import type { Article, Block } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { assertInert } from './inert';
import { HOSTILE_URLS, PAYLOADS } from './payloads';

const profile = getBuiltinProfile('en');

/** A draft with the same hostile string in every field that can carry text or a URL. */
function hostileArticle(text: string, url: string): Article {
  const blocks: Block[] = [
    {
      id: 'b1',
      type: 'paragraph',
      text: `${text} lede ${text}`,
      marks: [
        { type: 'bold', start: 0, end: Math.min(3, text.length) },
        { type: 'link', start: 0, end: text.length + 5, href: url },
      ],
    },
    {
      id: 'b2',
      type: 'heading',
      level: 2,
      text,
      marks: [{ type: 'italic', start: 0, end: text.length }],
    },
    { id: 'b3', type: 'quote', text, marks: [], attribution: text },
    {
      id: 'b4',
      type: 'list',
      ordered: false,
      items: [{ text, marks: [{ type: 'link', start: 0, end: text.length, href: url }] }],
    },
    { id: 'b5', type: 'figure', src: url, alt: text, caption: text, credit: text },
    { id: 'b6', type: 'figure', src: text, alt: text, caption: 'caption', credit: null },
    { id: 'b7', type: 'related', label: text, title: text, url },
    { id: 'b8', type: 'related', label: 'Related', title: 'Safe title', url: text },
  ];
  return createArticle({
    language: 'en',
    headline: text,
    subheadline: text,
    slug: text,
    byline: { authors: [{ name: text }], published: '2025-10-02T08:15:00+07:00', raw: text },
    dateline: { place: text, source: text, date: text },
    blocks,
    credits: [
      { name: text, role: 'writer' },
      { name: text, role: text || 'x', note: text },
    ],
    metadata: { tags: [text], extra: { x: text }, section: text, outlet: text },
  });
}

describe('XSS: hostile drafts exported to HTML stay inert', () => {
  it.each(PAYLOADS.map((p, i) => [i, p, HOSTILE_URLS[i % HOSTILE_URLS.length]!]))(
    'payload %i: %s',
    (_i, payload, url) => {
      const article = hostileArticle(payload, url);
      assertInert(String(htmlExporter.export(article, { profile })), 'page');
      assertInert(String(htmlExporter.export(article, { profile, draft: true })), 'page');
      assertInert(String(fragmentExporter.export(article, { profile })), 'fragment');
    },
  );

  it.each(HOSTILE_URLS.map((u) => [u]))('drops the link %j but keeps the words', (url) => {
    const article = hostileArticle('Baca selengkapnya', url);
    const doc = new JSDOM(String(htmlExporter.export(article, { profile }))).window.document;
    const hrefs = [...doc.querySelectorAll('[href], [src]')].map(
      (e) => e.getAttribute('href') ?? e.getAttribute('src'),
    );
    // The draft text itself also sits in a src and a related URL (as a relative reference).
    const kept = hrefs.filter((h) => h !== 'Baca%20selengkapnya');
    if (url.startsWith('https://example.com/')) {
      expect(kept.length).toBeGreaterThan(0);
      for (const h of kept) expect(h).toMatch(/^https:\/\/example\.com\/(%22|'|%3E)/);
    } else {
      expect(kept).toEqual([]);
    }
    expect(doc.querySelector('h1')!.textContent).toBe('Baca selengkapnya');
    expect(doc.querySelector('aside.related')!.textContent).toContain('Baca selengkapnya');
  });

  it('shows every payload as the text it is', () => {
    for (const payload of PAYLOADS) {
      const doc = new JSDOM(String(htmlExporter.export(hostileArticle(payload, '/x'), { profile })))
        .window.document;
      const expected = payload.replace(/\r\n?/g, '\n');
      expect(doc.querySelector('h1')!.textContent).toBe(expected.trim());
      expect(doc.title).toBe(expected.trim().replace(/\s+/g, ' '));
    }
  });

  it('stays inert for generated mixtures of payloads and random text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PAYLOADS),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
        fc.oneof(fc.constantFrom(...HOSTILE_URLS), fc.string({ maxLength: 20 })),
        (text, url) => {
          const article = hostileArticle(text, url);
          assertInert(String(htmlExporter.export(article, { profile })), 'page');
          assertInert(String(fragmentExporter.export(article, { profile })), 'fragment');
        },
      ),
      { numRuns: 150 },
    );
  });
});
