import { describe, expect, it } from 'vitest';
import { importMarkdownText } from '../../../shared/import/markdown';
import { getBuiltinProfile } from '../../../shared/profiles';

const profile = getBuiltinProfile('id');

describe('Markdown front matter: credits and byline', () => {
  it('reads credits with roles and notes, and reports an entry without a role', () => {
    const a = importMarkdownText(
      [
        '---',
        'title: Nelayan Kendal Kembali Melaut',
        'author: Rina Kusuma',
        'byline: "Rina Kusuma, kontributor Kendal"',
        'credits:',
        '  - { name: Rina Kusuma, role: writer }',
        '  - { name: Bayu Aji, role: photographer, note: foto udara }',
        '  - { name: Tanpa Peran }',
        '---',
        '',
        'Cuaca membaik sejak Selasa pagi.',
      ].join('\n'),
      { profile },
      'nelayan.md',
    );
    expect(a.byline.authors).toEqual([{ name: 'Rina Kusuma' }]);
    expect(a.byline.raw).toBe('Rina Kusuma, kontributor Kendal');
    expect(a.credits).toEqual([
      { name: 'Rina Kusuma', role: 'writer' },
      { name: 'Bayu Aji', role: 'photographer', note: 'foto udara' },
    ]);
    expect(a.importReport.items).toContainEqual(
      expect.objectContaining({ reason: 'credit-unclear', text: '{"name":"Tanpa Peran"}' }),
    );
  });

  it('takes `byline` alone as the authors’ names, as people type it', () => {
    const a = importMarkdownText(
      '---\ntitle: Judul\nbyline: Ana dan Budi\n---\n\nIsi berita.\n',
      { profile },
      'x.md',
    );
    expect(a.byline.authors).toEqual([{ name: 'Ana' }, { name: 'Budi' }]);
    expect(a.byline.raw).toBeUndefined();
  });
});
