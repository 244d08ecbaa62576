import { describe, expect, it } from 'vitest';
import {
  EXPORTERS,
  getExporter,
  planExport,
  resolveExporters,
  UnknownFormatError,
} from '../../../shared/export';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { seedArticle } from '../html/seedArticle';

const profile = getBuiltinProfile('id');
const now = new Date('2025-09-30T03:00:00Z');

/** The seed with its two blocking problems fixed: a photo file and a link for "Baca juga". */
function cleanSeed(): Article {
  const a = seedArticle();
  a.blocks = a.blocks.map((b) => {
    if (b.type === 'figure')
      return {
        ...b,
        src: 'https://example.com/foto/wang-choe.jpg',
        alt: 'Wang Yi dan Choe Son-hui berjabat tangan',
      };
    if (b.type === 'related') return { ...b, url: 'https://example.com/berita/korut-nuklir' };
    return b;
  });
  return a;
}

describe('export registry', () => {
  it('lists the publish formats by id, with distinct file endings', () => {
    const mine = ['html', 'fragment', 'md', 'text'];
    expect(EXPORTERS.map((e) => e.id)).toEqual(expect.arrayContaining(mine));
    const endings = EXPORTERS.map((e) => e.extension);
    expect(new Set(endings).size).toBe(endings.length);
    expect(getExporter('md')!.extension).toBe('.md');
    expect(getExporter('fragment')!.extension).toBe('.fragment.html');
  });

  it('accepts the names people type', () => {
    expect(getExporter('markdown')!.id).toBe('md');
    expect(getExporter(' TXT ')!.id).toBe('text');
    expect(getExporter('HTML')!.id).toBe('html');
    expect(getExporter('pdf')).toBeUndefined();
    expect(getExporter('constructor')).toBeUndefined();
    expect(getExporter('toString')).toBeUndefined();
    expect(resolveExporters(['md', 'markdown', 'html']).map((e) => e.id)).toEqual(['md', 'html']);
  });

  it('names the known formats when one is unknown', () => {
    expect(() => resolveExporters(['html', 'docx'])).toThrowError(UnknownFormatError);
    expect(() => resolveExporters(['docx'])).toThrowError(
      /unknown export format "docx" \(known: html, fragment, md, text/,
    );
  });
});

describe('planExport: the error gate', () => {
  it('blocks an article with errors and produces no files', () => {
    const plan = planExport(seedArticle(), ['html', 'md'], { profile, now });
    expect(plan.blocked).toBe(true);
    expect(plan.files).toEqual([]);
    expect(plan.errors.map((d) => [d.ruleId, d.location.blockId])).toEqual([
      ['figure/missing-image', 'b1'],
      ['related/missing-url', 'b10'],
    ]);
    expect(plan.diagnostics.length).toBeGreaterThanOrEqual(plan.errors.length);
  });

  it('exports the same article as a draft when errors are allowed', () => {
    const plan = planExport(seedArticle(), ['html', 'md', 'text'], {
      profile,
      now,
      allowErrors: true,
    });
    expect(plan.blocked).toBe(false);
    expect(plan.draft).toBe(true);
    expect(plan.files.map((f) => f.exporter.id)).toEqual(['html', 'md', 'text']);
    const [html, md, text] = plan.files.map((f) => String(f.content));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<p class="draft-marker" role="note">');
    expect(md).toContain('\ndraft: true\n');
    expect(text!.startsWith('DRAF — ')).toBe(true);
  });

  it('exports a clean article as final copy, not a draft, with or without --allow-errors', () => {
    for (const allowErrors of [false, true]) {
      const plan = planExport(cleanSeed(), ['html', 'fragment', 'md', 'text'], {
        profile,
        now,
        allowErrors,
      });
      expect(plan.errors).toEqual([]);
      expect(plan.blocked).toBe(false);
      expect(plan.draft).toBe(false);
      expect(plan.files).toHaveLength(4);
      const html = String(plan.files[0]!.content);
      expect(html).not.toContain('noindex');
      expect(html).toContain(
        '<img src="https://example.com/foto/wang-choe.jpg" alt="Wang Yi dan Choe Son-hui berjabat tangan">',
      );
      expect(html).toContain(
        '<meta property="og:image" content="https://example.com/foto/wang-choe.jpg">',
      );
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
  });

  it('refuses an unknown format before checking anything', () => {
    expect(() => planExport(cleanSeed(), ['html', 'pdf'], { profile, now })).toThrowError(
      UnknownFormatError,
    );
  });

  it('gives the same bytes for the same article, profile and time', () => {
    const a = planExport(cleanSeed(), ['html', 'md', 'text'], { profile, now });
    const b = planExport(cleanSeed(), ['html', 'md', 'text'], { profile, now });
    expect(b.files.map((f) => f.content)).toEqual(a.files.map((f) => f.content));
  });
});

describe('credits in every format, each in its own vocabulary', () => {
  const article = createArticle({
    language: 'id',
    headline: 'Banjir rob',
    byline: { authors: [{ name: 'Sari Wulandari' }], published: '2025-10-02T08:15:00+07:00' },
    blocks: [{ id: 'b1', type: 'paragraph', text: 'Air laut naik.', marks: [] }],
    credits: [
      { name: 'Sari Wulandari', role: 'writer' },
      { name: 'Kelvin Yurcel', role: 'editor' },
      { name: 'Dewi Lestari', role: 'photographer', note: 'foto udara' },
    ],
  });
  const plan = planExport(
    article,
    EXPORTERS.map((e) => e.id),
    { profile, now: new Date('2025-10-03T00:00:00Z') },
  );
  const out = (id: string) => String(plan.files.find((f) => f.exporter.id === id)!.content);
  const footer = [
    '<footer class="credits" aria-label="Kredit">',
    '  <dl>',
    '    <dt>Penulis</dt>',
    '    <dd>Sari Wulandari</dd>',
    '    <dt>Editor</dt>',
    '    <dd>Kelvin Yurcel</dd>',
    '    <dt>Fotografer</dt>',
    '    <dd>Dewi Lestari (foto udara)</dd>',
    '  </dl>',
    '</footer>',
  ].join('\n');

  it('exports all six formats (nothing blocks this article)', () => {
    expect(plan.blocked).toBe(false);
    expect(plan.files.map((f) => f.exporter.id)).toEqual([
      'html',
      'fragment',
      'md',
      'text',
      'ninjs',
      'newsml',
    ]);
  });

  it('html and fragment: a footer of roles and names; JSON-LD author, editor, contributor', () => {
    expect(out('html')).toContain(`${footer}\n</article>`);
    expect(out('fragment')).toBe(`<p>Air laut naik.</p>\n${footer}\n`);
    const ld = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(out('html'))!;
    const data = JSON.parse(ld[1]!) as Record<string, unknown>;
    expect([data.author, data.editor, data.contributor]).toEqual([
      [{ '@type': 'Person', name: 'Sari Wulandari' }],
      [{ '@type': 'Person', name: 'Kelvin Yurcel' }],
      [{ '@type': 'Person', name: 'Dewi Lestari' }],
    ]);
  });

  it('md: a credits list in the front matter', () => {
    expect(out('md')).toContain(
      'credits:\n  - name: Sari Wulandari\n    role: writer\n  - name: Kelvin Yurcel\n    role: editor\n  - name: Dewi Lestari\n    role: photographer\n    note: foto udara\n---\n',
    );
  });

  it('text: credit lines in the article language', () => {
    expect(
      out('text').endsWith(
        '\n\nPenulis: Sari Wulandari\nEditor: Kelvin Yurcel\nFotografer: Dewi Lestari (foto udara)\n',
      ),
    ).toBe(true);
  });

  it('ninjs: people with their relationship', () => {
    expect((JSON.parse(out('ninjs')) as { people: unknown }).people).toEqual([
      { name: 'Sari Wulandari', rel: 'author' },
      { name: 'Sari Wulandari', rel: 'writer' },
      { name: 'Kelvin Yurcel', rel: 'editor' },
      { name: 'Dewi Lestari', rel: 'photographer' },
    ]);
  });

  it('NewsML-G2: creator and contributors with role QCodes and notes', () => {
    expect(out('newsml')).toContain(
      [
        '    <creator role="cpprole:author">',
        '      <name>Sari Wulandari</name>',
        '    </creator>',
        '    <contributor role="cpprole:author">',
        '      <name>Sari Wulandari</name>',
        '    </contributor>',
        '    <contributor role="cpprole:editor">',
        '      <name>Kelvin Yurcel</name>',
        '    </contributor>',
        '    <contributor role="ndrole:photographer">',
        '      <name>Dewi Lestari</name>',
        '      <note>foto udara</note>',
        '    </contributor>',
      ].join('\n'),
    );
  });
});
