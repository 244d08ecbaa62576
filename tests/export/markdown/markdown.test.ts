import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { markdownExporter, renderInlineMarkdown } from '../../../shared/export/markdown';
import { cleanText } from '../../../shared/export/html/escape';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { seedArticle } from '../html/seedArticle';

const id = getBuiltinProfile('id');
const md = (a: Parameters<typeof markdownExporter.export>[0], draft = false) =>
  String(markdownExporter.export(a, { profile: id, draft }));

/** Markdown-it as Hugo/Astro-style renderers run it (raw HTML on, like our importer). */
const renderer = new MarkdownIt({ html: true });
const window = new JSDOM('').window;
const renderToDom = (markdown: string) => {
  const div = window.document.createElement('div');
  div.innerHTML = renderer.render(markdown);
  return div;
};
const frontMatterOf = (text: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

const sample = createArticle({
  language: 'id',
  headline: 'Banjir rob genangi pesisir utara',
  subheadline: 'Air laut naik hingga 50 cm',
  slug: 'banjir-rob-semarang',
  byline: {
    authors: [{ name: 'Sari Wulandari' }, { name: 'Budi Santoso' }],
    published: '2025-10-02T08:15:00+07:00',
  },
  dateline: { place: 'Semarang', source: 'ANTARA' },
  blocks: [
    {
      id: 'b1',
      type: 'paragraph',
      text: 'Air laut naik 50% di pesisir, kata warga.',
      marks: [
        { type: 'bold', start: 0, end: 3 },
        { type: 'link', start: 21, end: 28, href: 'https://example.com/pesisir' },
      ],
    },
    { id: 'b2', type: 'heading', level: 2, text: 'Latar', marks: [] },
    { id: 'b3', type: 'quote', text: 'Kami siap.', marks: [], attribution: 'Wang Yi' },
    {
      id: 'b4',
      type: 'list',
      ordered: true,
      items: [
        { text: 'satu', marks: [] },
        { text: 'dua', marks: [{ type: 'italic', start: 0, end: 3 }] },
      ],
    },
    {
      id: 'b5',
      type: 'figure',
      src: 'https://example.com/foto/1.jpg',
      alt: 'Banjir di Semarang',
      caption: 'Warga melintasi banjir.',
      credit: 'ANTARA FOTO/Budi',
    },
    {
      id: 'b6',
      type: 'related',
      label: 'Baca juga',
      title: 'Harga beras naik',
      url: 'https://example.com/berita/2',
    },
  ],
  credits: [
    { name: 'Sari Wulandari', role: 'writer' },
    { name: 'Agus Salim', role: 'editor', note: 'desk kota' },
  ],
  metadata: { tags: ['banjir', 'Semarang'], section: 'Regional', extra: {} },
});

describe('md: Markdown with front matter', () => {
  it('writes the article in the documented shape', () => {
    expect(md(sample)).toBe(
      [
        '---',
        'title: Banjir rob genangi pesisir utara',
        'subtitle: Air laut naik hingga 50 cm',
        'date: "2025-10-02T08:15:00+07:00"',
        'authors:',
        '  - Sari Wulandari',
        '  - Budi Santoso',
        'dateline:',
        '  place: Semarang',
        '  source: ANTARA',
        'lang: id',
        'slug: banjir-rob-semarang',
        'tags:',
        '  - banjir',
        '  - Semarang',
        'section: Regional',
        'credits:',
        '  - name: Sari Wulandari',
        '    role: writer',
        '  - name: Agus Salim',
        '    role: editor',
        '    note: desk kota',
        '---',
        '',
        '**Air** laut naik 50% di [pesisir](https://example.com/pesisir), kata warga.',
        '',
        '## Latar',
        '',
        '> Kami siap.',
        '>',
        '> — Wang Yi',
        '',
        '1. satu',
        '2. *dua*',
        '',
        '![Banjir di Semarang](https://example.com/foto/1.jpg "Warga melintasi banjir. (ANTARA FOTO/Budi)")',
        '',
        'Baca juga: [Harga beras naik](https://example.com/berita/2)',
        '',
      ].join('\n'),
    );
  });

  it('writes one author as `author`, and the seed’s image-less photo with an empty destination', () => {
    const text = md(seedArticle());
    expect(frontMatterOf(text)).toEqual({
      title: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
      date: '2025-09-29T18:33:00+07:00',
      author: 'Willy Haryono',
      dateline: { place: 'Beijing' },
      lang: 'id',
      outlet: 'Metrotvnews.com',
      credits: [
        { name: 'Willy Haryono', role: 'writer' },
        { name: 'Kelvin Yurcel', role: 'editor' },
      ],
    });
    expect(text).toContain(
      '\n![](<> "Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui. (@SpoxCHN_LinJian)")\n',
    );
    expect(
      text.endsWith(
        '\nBaca juga: Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’\n',
      ),
    ).toBe(true);
  });

  it('quotes front-matter values that YAML 1.1 readers (Jekyll, Hugo) would turn into booleans or dates', () => {
    const a = createArticle({
      headline: 'No',
      slug: 'on',
      metadata: { tags: ['yes', '2025-10-02'], extra: {} },
    });
    const text = md(a);
    expect(text).toContain('title: "No"\n');
    expect(text).toContain('slug: "on"\n');
    expect(text).toContain('  - "yes"\n  - "2025-10-02"\n');
  });

  // PyYAML reads YAML 1.1 the way Jekyll's Psych and Hugo's go-yaml do: the real test of quoting.
  const pyyaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!pyyaml)(
    'front matter reads back as the same strings in a YAML 1.1 reader (PyYAML)',
    () => {
      const a = createArticle({
        headline: 'No',
        slug: 'on',
        byline: { authors: [{ name: 'Yes' }], published: '2025-10-02T08:15:00+07:00' },
        dateline: { place: 'Null', date: '2025-10-02' },
        metadata: { tags: ['yes', '2025-10-02', '1e3', '~', '0x1F'], extra: {}, section: 'True' },
      });
      const yamlText = /^---\n([\s\S]*?)\n---\n/.exec(md(a))![1]!;
      const r = spawnSync(
        'python3',
        ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))'],
        { input: yamlText, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({
        title: 'No',
        date: '2025-10-02T08:15:00+07:00',
        author: 'Yes',
        dateline: { place: 'Null', date: '2025-10-02' },
        lang: 'en',
        slug: 'on',
        tags: ['yes', '2025-10-02', '1e3', '~', '0x1F'],
        section: 'True',
      });
    },
  );

  it('marks a draft so static-site generators do not publish it', () => {
    expect(frontMatterOf(md(sample, true)).draft).toBe(true);
    expect(frontMatterOf(md(sample)).draft).toBeUndefined();
  });

  it('keeps consecutive lists apart', () => {
    const a = createArticle({
      blocks: [
        { id: 'b1', type: 'list', ordered: false, items: [{ text: 'a', marks: [] }] },
        { id: 'b2', type: 'list', ordered: false, items: [{ text: 'b', marks: [] }] },
        { id: 'b3', type: 'list', ordered: true, items: [{ text: 'c', marks: [] }] },
        { id: 'b4', type: 'list', ordered: true, items: [{ text: 'd', marks: [] }] },
      ],
    });
    const dom = renderToDom(md(a).replace(/^---[\s\S]*?---\n/, ''));
    expect([...dom.children].map((e) => `${e.tagName}:${e.textContent!.trim()}`)).toEqual([
      'UL:a',
      'UL:b',
      'OL:c',
      'OL:d',
    ]);
  });

  it('drops unsafe links and keeps their words', () => {
    const a = createArticle({
      blocks: [
        {
          id: 'b1',
          type: 'paragraph',
          text: 'klik di sini',
          marks: [{ type: 'link', start: 0, end: 12, href: 'javascript:alert(1)' }],
        },
        {
          id: 'b2',
          type: 'figure',
          src: 'data:image/png;base64,AAAA',
          alt: 'x',
          caption: 'c',
          credit: null,
        },
      ],
    });
    const text = md(a);
    expect(text).toContain('\nklik di sini\n');
    expect(text).toContain('\n![x](<> "c")\n');
  });
});

describe('md: text stays text', () => {
  const special = fc.constantFrom(
    ...'\\`*_[]<>|~#+-=!.()&;:"\'{}'.split(''),
    '&amp;',
    '&#35;',
    '1.',
    '2)',
    '---',
    '***',
    '    ',
    '\t',
    '\n',
    ' ',
    'kata',
    'Rp1,5',
    '<b>',
    '<!--',
    '```',
    '![x](y)',
    '[a](b)',
    'https://example.com',
  );
  const draftText = fc
    .array(special, { minLength: 1, maxLength: 14 })
    .map((parts) => parts.join(''))
    // Copy never starts or ends with a line break (importers trim them); edge spaces do occur.
    .filter((t) => t.trim() !== '' && !/^\n|\n$/.test(t));

  it('renders headings, quotes and list items back to exactly their text', () => {
    fc.assert(
      fc.property(draftText, fc.integer({ min: 2, max: 6 }), (text, level) => {
        const a = createArticle({
          blocks: [
            { id: 'b1', type: 'heading', level, text, marks: [] },
            { id: 'b2', type: 'quote', text, marks: [], attribution: null },
            { id: 'b3', type: 'list', ordered: true, items: [{ text, marks: [] }] },
          ],
        });
        const dom = renderToDom(md(a).replace(/^---[\s\S]*?---\n/, ''));
        dom.querySelectorAll('br').forEach((br) => br.remove());
        expect([...dom.children].map((e) => e.tagName)).toEqual([`H${level}`, 'BLOCKQUOTE', 'OL']);
        const expected = cleanText(text);
        // A heading is one line: the text's line breaks become spaces.
        expect(dom.children[0]!.textContent).toBe(expected.replace(/\n/g, ' '));
        expect(dom.querySelector('blockquote > p')!.textContent).toBe(expected);
        expect(dom.querySelector('ol > li')!.textContent).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('renders any paragraph text back to exactly that text', () => {
    fc.assert(
      fc.property(draftText, (text) => {
        const dom = renderToDom(renderInlineMarkdown(text));
        expect(dom.children).toHaveLength(1);
        const p = dom.firstElementChild!;
        expect(p.tagName).toBe('P');
        expect(p.querySelectorAll('*:not(br)')).toHaveLength(0);
        // A hard break renders as `<br>` followed by the source's newline: the newline is the text.
        p.querySelectorAll('br').forEach((br) => br.remove());
        expect(p.textContent).toBe(cleanText(text));
      }),
      { numRuns: 1000 },
    );
  });
});
