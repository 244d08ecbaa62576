import { describe, expect, it } from 'vitest';
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
    expect(parseDate('2025-12-01', id)).toEqual({ iso: null, dateOnly: true });
    expect(parseDate('1 Desember 2025', id)).toEqual({ iso: null, dateOnly: true });
  });

  it('says nothing about text that is not a date', () => {
    expect(parseDate('kemarin sore', id)).toEqual({ iso: null, dateOnly: false });
    expect(parseDate('31 Februari 2025 10:00', id)).toEqual({ iso: null, dateOnly: false });
    expect(parseDate('', id)).toEqual({ iso: null, dateOnly: false });
  });
});
