/**
 * Hostile draft *files*, the way they reach the desk (wire text, Markdown, a web page, a ninjs
 * item, a NewsML-G2 item, a saved .newsroom.json), exported through `newsroom export` exactly as
 * a user would. Every page and fragment written is parsed and must hold no executable content;
 * where the importer keeps hostile markup as words (plain-text fields), the reader sees it as
 * those words.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CommandIO } from '../../../electron/cli/main';
import { serializeNativeArticle } from '../../../shared/import/native';
import { createArticle } from '../../../shared/model/create';
import { assertInert } from './inert';

const WIRE_TXT = `<script>alert(1)</script> Banjir rob "><img src=x onerror=alert(1)>

Oleh <svg/onload=alert(1)> • 29 September 2025 18:33

Semarang: Air laut naik <img src=x onerror=alert(1)> dan warga mengungsi. <a href="javascript:alert(1)">klik</a>

Paragraf kedua <iframe srcdoc="<script>alert(1)</script>"></iframe> dengan markup rusak <div onmouseover="alert(1)"

Baca juga: <script>alert(2)</script>
`;

const NOTES_MD = `---
title: "<script>alert(1)</script> Banjir"
author: "<img src=x onerror=alert(1)>"
lang: id
dateline: { place: "<svg onload=alert(1)>" }
credits: [{ name: "<script>x</script>", role: editor }]
---

Air laut naik <script>alert(1)</script> dan <img src=x onerror=alert(1)> warga.

[klik](javascript:alert(1)) dan [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) dan <a href="javascript:alert(1)">html</a>

![foto](javascript:alert(1) "Keterangan <script>alert(1)</script>")

<div onmouseover="alert(1)">hover</div>

<iframe src="javascript:alert(1)"></iframe>

Baca juga: [Judul](JaVaScRiPt:alert(1))
`;

const PAGE_HTML = `<!DOCTYPE html><html lang="id"><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Judul</title>
<script>alert(1)</script><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:/"></head>
<body onload="alert(1)"><article><h1>Banjir rob</h1>
<p class="byline">Oleh <a href="javascript:alert(1)">Sari</a></p>
<p onclick="alert(1)">Semarang: Air <b onmouseover=alert(1)>laut</b> naik <a href="  java&#x09;script:alert(1)">klik</a> <a href="data:text/html,<script>alert(1)</script>">data</a>.</p>
<figure><img src="javascript:alert(1)" onerror="alert(1)" alt="x&quot; onerror=&quot;alert(1)"><figcaption>Foto <script>alert(1)</script> (Budi)</figcaption></figure>
<svg><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg>
<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
<noscript><p title="</noscript><img src=x onerror=alert(1)>">
<p>Paragraf <iframe srcdoc="<script>alert(1)</script>"></iframe> <object data="javascript:alert(1)"></object> akhir <form><button formaction=javascript:alert(1)>x</button></form></p>
<p>Baca juga: <a href="vbscript:msgbox(1)">Judul lain</a></p>
</article></body></html>
`;

const ITEM_NINJS = JSON.stringify({
  uri: 'urn:x:hostile',
  type: 'text',
  language: 'id',
  headlines: [{ role: 'main', value: '<script>alert(1)</script> Judul' }],
  by: '<img src=x onerror=alert(1)>',
  located: '<svg onload=alert(1)>',
  people: [{ name: '<script>x</script>', rel: 'editor' }],
  bodies: [
    {
      role: 'main',
      contentType: 'text/html',
      value:
        '<p onclick="alert(1)">Air <script>alert(1)</script> naik <a href="javascript:alert(1)">klik</a></p><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe><figure><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="a"><figcaption>cap</figcaption></figure>',
    },
  ],
  associations: [
    {
      name: 'f',
      uri: 'urn:x:f',
      type: 'picture',
      renditions: [{ name: 'o', href: 'javascript:alert(1)' }],
    },
  ],
});

const ITEM_NEWSML = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:hostile-g2" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="id">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="x"/><versionCreated>2025-10-01T10:00:00+07:00</versionCreated></itemMeta>
  <contentMeta>
    <creator role="cpprole:author"><name>&lt;img src=x onerror=alert(1)&gt;</name></creator>
    <headline>&lt;script&gt;alert(1)&lt;/script&gt; Harga beras</headline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
    <p onclick="alert(1)">Harga <script>alert(1)</script>naik <a href="javascript:alert(1)">klik</a> &lt;img src=x onerror=alert(1)&gt;</p>
    <img src="javascript:alert(1)" alt="x" onerror="alert(1)"/>
    <iframe src="javascript:alert(1)"></iframe>
  </body></html></inlineXML></contentSet>
</newsItem>
`;

/** A saved draft whose every field and link was filled by someone hostile. */
const NATIVE = serializeNativeArticle(
  createArticle({
    language: 'id',
    headline: '</title><script>alert(1)</script>',
    byline: { authors: [{ name: '"><svg onload=alert(1)>' }], published: null },
    dateline: { place: '<img src=x onerror=alert(1)>' },
    blocks: [
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Klik <b onclick=alert(1)>di sini</b>',
        marks: [{ type: 'link', start: 0, end: 4, href: 'java\tscript:alert(1)' }],
      },
      {
        id: 'b2',
        type: 'figure',
        src: 'data:image/svg+xml,<svg onload=alert(1)>',
        alt: '" onerror="alert(1)',
        caption: '<script>alert(1)</script>',
        credit: '<img src=x onerror=alert(1)>',
      },
      {
        id: 'b3',
        type: 'related',
        label: 'Baca juga:',
        title: '<a href="javascript:alert(1)">Judul</a>',
        url: 'javascript:alert(1)',
      },
    ],
    credits: [{ name: '<script>alert(1)</script>', role: 'editor' }],
  }),
);

const DRAFTS: Record<string, string> = {
  'wire.txt': WIRE_TXT,
  'notes.md': NOTES_MD,
  'page.html': PAGE_HTML,
  'item.ninjs.json': ITEM_NINJS,
  'agency.newsml.xml': ITEM_NEWSML,
  'saved.newsroom.json': NATIVE,
};

let dir = '';
let out = '';
let code = -1;
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-hostile-'));
  out = path.join(dir, 'out');
  for (const [name, content] of Object.entries(DRAFTS)) {
    writeFileSync(path.join(dir, name), content);
  }
  const io: CommandIO = {
    stdout: () => {},
    stderr: (s) => void (stderr += s),
    isTTY: false,
  };
  code = await main(['export', dir, '--to', 'html,fragment', '--out', out, '--allow-errors'], io);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = (base: string) => readFileSync(path.join(out, `${base}.html`), 'utf8');
const fragment = (base: string) => readFileSync(path.join(out, `${base}.fragment.html`), 'utf8');
const BASES = ['wire', 'notes', 'page', 'item.ninjs', 'agency.newsml', 'saved'];

describe('XSS: hostile draft files through `newsroom export`', () => {
  it('exports every hostile draft, as a draft page and fragment', () => {
    expect(stderr.trim().split('\n').at(-1)).toBe(
      'exported 6 files to 2 formats (html, fragment), blocked 0, failed 0',
    );
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      BASES.flatMap((b) => [`${b}.fragment.html`, `${b}.html`]).sort(),
    );
  });

  it.each(BASES)('%s: the page and the fragment hold no executable content', (base) => {
    assertInert(page(base), 'page');
    assertInert(fragment(base), 'fragment');
  });

  it('wire text: markup typed into the copy is shown as the words it is', () => {
    const doc = assertInert(page('wire'), 'page');
    expect(doc.querySelector('h1')!.textContent).toBe(
      '<script>alert(1)</script> Banjir rob "><img src=x onerror=alert(1)>',
    );
    expect(doc.title).toBe('<script>alert(1)</script> Banjir rob "><img src=x onerror=alert(1)>');
    const body = [...doc.querySelectorAll('article > p:not(.draft-marker)')].map(
      (p) => p.textContent,
    );
    expect(body).toContain(
      'Semarang: Air laut naik <img src=x onerror=alert(1)> dan warga mengungsi. <a href="javascript:alert(1)">klik</a>',
    );
    expect(body).toContain(
      'Paragraf kedua <iframe srcdoc="<script>alert(1)</script>"></iframe> dengan markup rusak <div onmouseover="alert(1)"',
    );
    expect(doc.querySelector('aside.related')!.textContent!.trim()).toBe(
      'Baca juga: <script>alert(2)</script>',
    );
  });

  it('Markdown: front-matter fields stay text; raw HTML and javascript: links do not survive', () => {
    const doc = assertInert(page('notes'), 'page');
    expect(doc.querySelector('h1')!.textContent).toBe('<script>alert(1)</script> Banjir');
    expect(doc.querySelector('.byline .author')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('.dateline')!.textContent).toBe('<svg onload=alert(1)>:');
    expect([...doc.querySelectorAll('footer.credits dd')].map((d) => d.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>x</script>',
    ]);
    expect([...doc.querySelectorAll('a[href]')]).toEqual([]);
  });

  it('web page: scripts, handlers and hostile links are dropped, the words kept', () => {
    const doc = assertInert(page('page'), 'page');
    const lede = doc.querySelector('.dateline')!.parentElement!;
    expect(lede.textContent).toBe('Semarang: Air laut naik klik data.');
    expect(lede.querySelectorAll('a')).toHaveLength(0);
    expect(doc.body.innerHTML).not.toContain('alert(1)');
  });

  it('agency items (ninjs, NewsML-G2): headlines and names stay text', () => {
    const ninjs = assertInert(page('item.ninjs'), 'page');
    expect(ninjs.querySelector('h1')!.textContent).toBe('<script>alert(1)</script> Judul');
    const g2 = assertInert(page('agency.newsml'), 'page');
    expect(g2.querySelector('h1')!.textContent).toBe('<script>alert(1)</script> Harga beras');
    expect(g2.querySelector('.byline .author')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('saved draft: every field is text, and its hostile link, photo and related URL are gone', () => {
    const doc = assertInert(page('saved'), 'page');
    expect(doc.querySelector('h1')!.textContent).toBe('</title><script>alert(1)</script>');
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('.byline .author')!.textContent).toBe('"><svg onload=alert(1)>');
    expect(doc.querySelector('.dateline')!.parentElement!.textContent).toBe(
      '<img src=x onerror=alert(1)>: Klik <b onclick=alert(1)>di sini</b>',
    );
    expect(doc.querySelectorAll('a[href], img')).toHaveLength(0);
    expect(doc.querySelector('figcaption')!.textContent).toBe(
      '<script>alert(1)</script> <img src=x onerror=alert(1)>',
    );
    expect(doc.querySelector('aside.related')!.textContent!.trim()).toBe(
      'Baca juga: <a href="javascript:alert(1)">Judul</a>',
    );
    const jsonLd = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')!.textContent!,
    ) as { headline: string; image?: unknown };
    expect(jsonLd.headline).toBe('</title><script>alert(1)</script>');
    expect(jsonLd.image).toBeUndefined();
  });
});
