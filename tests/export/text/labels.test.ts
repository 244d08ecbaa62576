import { describe, expect, it } from 'vitest';
import {
  creditGroups,
  datelineLead,
  publishedTime,
  roleLabel,
} from '../../../shared/export/labels';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile, resolveProfile } from '../../../shared/profiles';

const at = (language: string, published: string | null) =>
  createArticle({ language, byline: { authors: [], published } });

describe('words around the copy', () => {
  it.each([
    ['id', '2025-09-29T18:33:00+07:00', '29 September 2025 18.33 WIB'],
    ['id', '2025-10-02T09:05:00+08:00', '2 Oktober 2025 09.05 WITA'],
    ['id', '2025-12-31T23:59:00+09:00', '31 Desember 2025 23.59 WIT'],
    ['id', '2025-03-01T10:00:00Z', '1 Maret 2025 10.00 UTC'],
    ['en', '2025-10-03T06:42:00-04:00', 'October 3, 2025 06:42 UTC-04:00'],
    ['en', '2025-10-03T06:42:00+07:00', 'October 3, 2025 06:42 UTC+07:00'],
  ])('%s %s prints as %j, in the offset it was written with', (language, iso, display) => {
    expect(publishedTime(at(language, iso))).toEqual({ iso, display });
  });

  it('normalises the machine-readable form to one <time datetime> accepts', () => {
    expect(publishedTime(at('en', '2025-03-01T10:00:00+00:00'))!.iso).toBe('2025-03-01T10:00:00Z');
    expect(publishedTime(at('en', '20251003T064200-0400'))!.iso).toBe('2025-10-03T06:42:00-04:00');
  });

  it('has no time for a missing or unreadable date', () => {
    expect(publishedTime(at('id', null))).toBeNull();
    expect(publishedTime(at('id', 'Senin, 29 September'))).toBeNull();
  });

  it.each([
    [{ place: 'Beijing' }, false, 'Beijing: '],
    [{ place: 'Jakarta', source: 'ANTARA' }, false, 'Jakarta (ANTARA) - '],
    [
      { place: 'Washington', source: 'Reuters', date: 'Oct 3' },
      true,
      'WASHINGTON, Oct 3 (Reuters) - ',
    ],
    [{ place: 'Surabaya', date: '2/10' }, true, 'SURABAYA, 2/10: '],
    // Every profile reads the agency form back, so outlets named by domain use it too.
    [{ place: 'Semarang', source: 'KOMPAS.com' }, true, 'SEMARANG (KOMPAS.com) - '],
  ])('dateline %j (upper: %s) leads as %j', (dateline, upper, lead) => {
    expect(datelineLead(dateline, { upper })).toBe(lead);
  });

  it('labels roles in the article language, and a profile’s own role by its credit-line label', () => {
    expect(roleLabel('writer', 'id')).toBe('Penulis');
    expect(roleLabel('translator', 'en')).toBe('Translator');
    const profile = resolveProfile({
      extends: 'id',
      id: 'tv',
      name: 'TV desk',
      conventions: { creditLines: [{ label: 'Juru kamera', role: 'videographer' }] },
    });
    expect(roleLabel('videographer', 'id', profile)).toBe('Juru kamera');
    expect(roleLabel('factchecker', 'en', getBuiltinProfile('en'))).toBe('Factchecker');
    // Found by the XSS property: role names that are also Object.prototype keys.
    expect(roleLabel('valueOf', 'id')).toBe('ValueOf');
    expect(roleLabel('constructor', 'en')).toBe('Constructor');
  });

  it('groups credits by role, known roles first in their usual order', () => {
    const a = createArticle({
      language: 'id',
      credits: [
        { name: 'Dimas', role: 'videographer' },
        { name: 'Rina', role: 'editor' },
        { name: 'Sari', role: 'writer' },
        { name: 'Budi', role: 'writer' },
        { name: ' ', role: 'editor' },
      ],
    });
    expect(creditGroups(a).map((g) => [g.label, g.credits.map((c) => c.name)])).toEqual([
      ['Penulis', ['Sari', 'Budi']],
      ['Editor', ['Rina']],
      ['Videographer', ['Dimas']],
    ]);
  });
});
