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

  it('is exactly the body: no document, head, headline or byline (no credits, no footer)', () => {
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

  it('ends with the credits by role, as the page does (credits travel with the copy)', () => {
    const credited = {
      ...article,
      credits: [
        { name: 'Budi Santoso', role: 'photographer', note: 'foto udara' },
        { name: 'Sari Wulandari', role: 'writer' },
        { name: '<b>Ana</b>', role: 'editor' },
      ],
    };
    expect(String(fragmentExporter.export(credited, { profile: id })).split('\n')).toEqual([
      '<p><span class="dateline">Semarang:</span> <em>Air</em> laut naik.<br>Warga mengungsi.</p>',
      '<aside class="related">',
      '  <p><span class="related-label">Baca juga:</span> <a href="https://example.com/beras">Harga beras</a></p>',
      '</aside>',
      '<footer class="credits" aria-label="Kredit">',
      '  <dl>',
      '    <dt>Penulis</dt>',
      '    <dd>Sari Wulandari</dd>',
      '    <dt>Editor</dt>',
      '    <dd>&lt;b&gt;Ana&lt;/b&gt;</dd>',
      '    <dt>Fotografer</dt>',
      '    <dd>Budi Santoso (foto udara)</dd>',
      '  </dl>',
      '</footer>',
      '',
    ]);
  });

  it('is the same body and credits the full page carries', () => {
    const page = String(htmlExporter.export(seedArticle(), { profile: id }));
    const fragment = String(fragmentExporter.export(seedArticle(), { profile: id }));
    expect(fragment).toContain('<footer class="credits" aria-label="Kredit">');
    expect(page).toContain(`${fragment}</article>`);
  });

  it('opens with the draft marker when exported despite errors', () => {
    expect(String(fragmentExporter.export(article, { profile: id, draft: true }))).toMatch(
      /^<p class="draft-marker" role="note"><strong>DRAF<\/strong> — belum untuk diterbitkan/,
    );
  });
});
