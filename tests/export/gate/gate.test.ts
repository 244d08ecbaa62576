import { describe, expect, it } from 'vitest';
import {
  EXPORTERS,
  getExporter,
  planExport,
  resolveExporters,
  UnknownFormatError,
} from '../../../shared/export';
import type { Article } from '../../../shared/model/article';
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
