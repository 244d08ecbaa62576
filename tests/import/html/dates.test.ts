import { describe, expect, it } from 'vitest';
import { assembleArticle } from '../../../shared/import/html/assemble';
import { parseDate } from '../../../shared/import/html/dates';
import { getBuiltinProfile } from '../../../shared/profiles';

const id = getBuiltinProfile('id');
const en = getBuiltinProfile('en');

describe('publication dates as drafts write them', () => {
  it.each([
    ['2025-10-02T08:15:00+07:00', id, '2025-10-02T08:15:00+07:00'],
    ['2025-10-02T01:15:00Z', id, '2025-10-02T08:15:00+07:00'],
    ['2025-10-02 08:15', id, '2025-10-02T08:15:00+07:00'],
    ['Thu, 02 Oct 2025 01:15:00 GMT', id, '2025-10-02T08:15:00+07:00'],
    ['Kamis, 2 Oktober 2025 08.15 WIB', id, '2025-10-02T08:15:00+07:00'],
    ['3 Okt 2025 pukul 14:20 WITA', id, '2025-10-03T14:20:00+08:00'],
    ['29 September 2025 18:33', id, '2025-09-29T18:33:00+07:00'],
    ['October 3, 2025 2:05 PM', en, '2025-10-03T14:05:00Z'],
  ])('%s', (raw, profile, iso) => {
    expect(parseDate(raw, profile)).toEqual({ iso, dateOnly: false });
  });

  it('keeps a bare day as a day, never inventing midnight', () => {
    expect(parseDate('2025-12-01', id)).toEqual({ iso: null, dateOnly: true, day: '2025-12-01' });
    expect(parseDate('1 Desember 2025', id)).toEqual({
      iso: null,
      dateOnly: true,
      day: '2025-12-01',
    });
    expect(parseDate('2025-02-30', id)).toEqual({ iso: null, dateOnly: false });
  });

  it('says nothing about text that is not a date', () => {
    expect(parseDate('kemarin sore', id)).toEqual({ iso: null, dateOnly: false });
    expect(parseDate('31 Februari 2025 10:00', id)).toEqual({ iso: null, dateOnly: false });
    expect(parseDate('', id)).toEqual({ iso: null, dateOnly: false });
  });
});

describe('choosing the publication time among the dates a draft gives', () => {
  const draft = (dates: string[]) =>
    assembleArticle({
      format: 'docx',
      idSource: 'x',
      language: 'id',
      profile: id,
      headline: 'Judul',
      headlineKnown: true,
      dates,
      blocks: [{ id: 'b1', type: 'paragraph', text: 'Nelayan kembali melaut.', marks: [] }],
      items: [],
    });

  it('takes a later time only when it falls on the day the writer typed', () => {
    const a = draft(['6 Oktober 2025', '2025-10-06T00:15:00Z']);
    expect(a.byline.published).toBe('2025-10-06T07:15:00+07:00');
    expect(a.importReport.items).toEqual([]);
  });

  it('keeps the typed day, reported, over a file time on another day', () => {
    // A DOCX saved by a conversion carries the moment the conversion ran as dcterms:created.
    const a = draft(['6 Oktober 2025', '2026-11-26T01:30:50Z']);
    expect(a.byline.published).toBeNull();
    expect(a.metadata.extra).toEqual({ date: '6 Oktober 2025' });
    expect(a.importReport.items).toEqual([
      {
        reason: 'date-without-time',
        text: '6 Oktober 2025',
        action: 'warning',
        detail: 'the draft gives a day but no time; publication time left empty',
      },
    ]);
  });

  it('still takes the first readable time when no day was typed', () => {
    expect(draft(['kemarin sore', '2025-10-06T00:15:00Z']).byline.published).toBe(
      '2025-10-06T07:15:00+07:00',
    );
    expect(draft(['2025-10-06T09:00:00+07:00', '2024-01-01T00:00:00Z']).byline.published).toBe(
      '2025-10-06T09:00:00+07:00',
    );
  });
});
