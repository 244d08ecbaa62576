import { describe, expect, it } from 'vitest';
import { fragmentExporter } from '../../../shared/export/fragment';
import { htmlExporter } from '../../../shared/export/html';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { seedArticle } from '../html/seedArticle';

const id = getBuiltinProfile('id');

describe('fragment: the body for a web CMS', () => {
  const article = createArticle({
    language: 'id',
    headline: 'Banjir rob',
    dateline: { place: 'Semarang' },
    blocks: [
      {
        id: 'b1',
        type: 'paragraph',
        text: 'Air laut naik.\nWarga mengungsi.',
        marks: [{ type: 'italic', start: 0, end: 3 }],
      },
      {
        id: 'b2',
        type: 'related',
        label: 'Baca juga:',
        title: 'Harga beras',
        url: 'https://example.com/beras',
      },
    ],
  });

  it('is exactly the body: no document, head, headline or byline', () => {
    expect(fragmentExporter.export(article, { profile: id })).toBe(
      [
        '<p><span class="dateline">Semarang:</span> <em>Air</em> laut naik.<br>Warga mengungsi.</p>',
        '<aside class="related">',
        '  <p><span class="related-label">Baca juga:</span> <a href="https://example.com/beras">Harga beras</a></p>',
        '</aside>',
        '',
      ].join('\n'),
    );
  });

  it('is the same body the full page carries', () => {
    const page = String(htmlExporter.export(seedArticle(), { profile: id }));
    const fragment = String(fragmentExporter.export(seedArticle(), { profile: id }));
    expect(page).toContain(fragment);
  });

  it('opens with the draft marker when exported despite errors', () => {
    expect(String(fragmentExporter.export(article, { profile: id, draft: true }))).toMatch(
      /^<p class="draft-marker" role="note"><strong>DRAF<\/strong> — belum untuk diterbitkan/,
    );
  });
});
