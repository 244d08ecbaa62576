import { expect } from 'vitest';
import type { Article } from '../../shared/model/article';
import { draft, profileWith, ruleTester } from './tester';

const withAuthors =
  (...names: string[]) =>
  (a: Article) => ({
    ...a,
    byline: { ...a.byline, authors: names.map((name) => ({ name })) },
  });
const publishedAt = (published: string | null) => (a: Article) => ({
  ...a,
  byline: { ...a.byline, published },
});

ruleTester('byline/missing-author', {
  valid: [{ name: 'one author', article: draft(() => {}) }],
  invalid: [
    {
      name: 'no authors',
      article: draft(withAuthors()),
      findings: [
        {
          message: 'The byline names no author.',
          messageId: 'Byline tidak menyebut penulis.',
          location: { blockIndex: null, field: 'byline' },
          severity: 'error',
        },
      ],
    },
    {
      name: 'only a blank name',
      article: draft(withAuthors('  ')),
      findings: [{ message: 'The byline names no author.', location: { field: 'byline' } }],
    },
  ],
});

ruleTester('byline/author-format', {
  valid: [
    { name: 'a plain name', article: draft(() => {}) },
    { name: 'a suffix with its full stop', article: draft(withAuthors('Robert Smith Jr.')) },
    { name: 'an apostrophe and a hyphen', article: draft(withAuthors("Ma'ruf Choe Son-hui")) },
    { name: 'a name that only starts with "By"', article: draft(withAuthors('Byron Sitompul')) },
    { name: 'an agency byline in capitals', article: draft(withAuthors('ANTARA')) },
    {
      name: 'an outlet of the profile written in capitals',
      article: draft(withAuthors('CNN INDONESIA')),
    },
    {
      name: 'a particle in lower case inside a name',
      article: draft(withAuthors('Ahmad bin Ali')),
    },
    { name: "a desk's initials in lower case", article: draft(withAuthors('nkh')) },
    { name: 'a name in a script without case', article: draft(withAuthors('王毅')) },
  ],
  invalid: [
    {
      name: '"Oleh" left in',
      article: draft(withAuthors('Oleh Sari Wulandari')),
      findings: [
        {
          message: 'Remove "Oleh" from the author name "Oleh Sari Wulandari".',
          messageId: 'Hapus "Oleh" dari nama penulis "Oleh Sari Wulandari".',
          location: { field: 'byline.authors.0', start: 0, end: 5 },
          fixes: ['strip!'],
        },
      ],
      fix: {
        fixId: 'strip',
        result: (a) => expect(a.byline.authors).toEqual([{ name: 'Sari Wulandari' }]),
      },
    },
    {
      name: '"By:" left in',
      article: draft(withAuthors('By: Jane Doe')),
      findings: [
        {
          message: 'Remove "By" from the author name "By: Jane Doe".',
          location: { field: 'byline.authors.0', start: 0, end: 4 },
          fixes: ['strip!'],
        },
      ],
    },
    {
      name: 'a sign-off in parentheses',
      article: draft(withAuthors('(Kelvin Yurcel)')),
      findings: [
        {
          message: 'The author name "(Kelvin Yurcel)" has stray punctuation.',
          location: { field: 'byline.authors.0', start: 0, end: 15 },
          fixes: ['strip!'],
        },
      ],
      fix: {
        fixId: 'strip',
        result: (a) => expect(a.byline.authors[0]!.name).toBe('Kelvin Yurcel'),
      },
    },
    {
      name: 'a trailing comma on the second author',
      article: draft(withAuthors('Sari Wulandari', 'Willy Haryono,')),
      findings: [
        {
          message: 'The author name "Willy Haryono," has stray punctuation.',
          location: { field: 'byline.authors.1', start: 13, end: 14 },
          fixes: ['strip!'],
        },
      ],
    },
    {
      name: 'the date left stuck to the name',
      article: draft(withAuthors('Willy Haryono • 29 September 2025 18:33')),
      findings: [
        {
          message:
            'The author name "Willy Haryono • 29 September 2025 18:33" contains digits; a date or time may be stuck to it.',
          messageId:
            'Nama penulis "Willy Haryono • 29 September 2025 18:33" mengandung angka; mungkin tanggal atau jam ikut terbawa.',
          location: { field: 'byline.authors.0', start: 16, end: 39 },
        },
      ],
    },
    {
      name: 'all capitals',
      article: draft(withAuthors('WILLY HARYONO')),
      findings: [
        {
          message: 'The author name "WILLY HARYONO" is in capitals.',
          messageId: 'Nama penulis "WILLY HARYONO" ditulis dengan huruf kapital semua.',
          location: { field: 'byline.authors.0', start: 0, end: 13 },
          fixes: ['titleCase'],
        },
      ],
      fix: {
        fixId: 'titleCase',
        result: (a) => expect(a.byline.authors[0]!.name).toBe('Willy Haryono'),
      },
    },
    {
      name: 'a one-word name (mononym) in capitals',
      article: draft(withAuthors('SUPRIYADI')),
      findings: [
        {
          message: 'The author name "SUPRIYADI" is in capitals.',
          location: { field: 'byline.authors.0', start: 0, end: 9 },
          fixes: ['titleCase'],
        },
      ],
      fix: {
        fixId: 'titleCase',
        result: (a) => expect(a.byline.authors[0]!.name).toBe('Supriyadi'),
      },
    },
    {
      name: 'all lower case',
      article: draft(withAuthors('willy haryono')),
      findings: [
        {
          message: 'The author name "willy haryono" is not capitalised.',
          messageId: 'Nama penulis "willy haryono" tidak diawali huruf kapital.',
          location: { field: 'byline.authors.0', start: 0, end: 13 },
          fixes: ['titleCase'],
        },
      ],
      fix: {
        fixId: 'titleCase',
        result: (a) => expect(a.byline.authors[0]!.name).toBe('Willy Haryono'),
      },
    },
    {
      name: 'typed with caps lock on',
      article: draft(withAuthors('Sari Wulandari', 'wILLY hARYONO')),
      findings: [
        {
          message: 'The author name "wILLY hARYONO" is not capitalised.',
          location: { field: 'byline.authors.1', start: 0, end: 13 },
          fixes: ['titleCase'],
        },
      ],
      fix: {
        fixId: 'titleCase',
        result: (a) =>
          expect(a.byline.authors).toEqual([{ name: 'Sari Wulandari' }, { name: 'Willy Haryono' }]),
      },
    },
    {
      name: 'capitals with an apostrophe and a hyphen',
      article: draft(withAuthors("O'BRIEN CHOE SON-HUI")),
      findings: [
        {
          message: `The author name "O'BRIEN CHOE SON-HUI" is in capitals.`,
          location: { field: 'byline.authors.0' },
          fixes: ['titleCase'],
        },
      ],
      fix: {
        fixId: 'titleCase',
        result: (a) => expect(a.byline.authors[0]!.name).toBe("O'Brien Choe Son-hui"),
      },
    },
  ],
});

ruleTester('byline/missing-date', {
  valid: [{ name: 'a date', article: draft(() => {}) }],
  invalid: [
    {
      name: 'no date',
      article: draft(publishedAt(null)),
      findings: [
        {
          message: 'The byline has no publication date.',
          location: { field: 'byline.published' },
          severity: 'warning',
        },
      ],
    },
  ],
});

ruleTester('byline/invalid-date', {
  valid: [
    { name: 'offset +07:00', article: draft(publishedAt('2025-09-29T18:33:00+07:00')) },
    { name: 'UTC with seconds fraction', article: draft(publishedAt('2025-09-29T11:33:00.250Z')) },
    { name: 'no date at all (missing-date says so)', article: draft(publishedAt(null)) },
  ],
  invalid: [
    {
      name: 'no offset',
      article: draft(publishedAt('2025-09-29T18:33:00')),
      findings: [
        {
          message:
            'The publication time "2025-09-29T18:33:00" is not a valid date and time with an offset (like 2025-09-29T18:33:00+07:00).',
          location: { field: 'byline.published', start: 0, end: 19 },
          severity: 'error',
        },
      ],
    },
    {
      name: 'a day that does not exist',
      article: draft(publishedAt('2025-02-30T10:00:00+07:00')),
      findings: [
        {
          message: expect.stringContaining('"2025-02-30T10:00:00+07:00"') as unknown as string,
          location: { field: 'byline.published' },
        },
      ],
    },
    {
      name: 'as the draft wrote it',
      article: draft(publishedAt('29 September 2025 18:33')),
      findings: [
        {
          message: expect.stringContaining('"29 September 2025 18:33"') as unknown as string,
          location: { field: 'byline.published' },
        },
      ],
    },
  ],
});

ruleTester('byline/future-date', {
  valid: [
    { name: 'in the past', article: draft(() => {}) },
    {
      name: 'within the five-minute tolerance',
      article: draft(publishedAt('2025-10-02T13:04:00+07:00')),
      now: new Date('2025-10-02T06:00:00Z'),
    },
  ],
  invalid: [
    {
      name: 'twenty minutes ahead',
      article: draft(publishedAt('2025-10-02T13:20:00+07:00')),
      findings: [
        {
          message: 'The publication time 2025-10-02T13:20:00+07:00 is 20 minutes in the future.',
          messageId: 'Waktu terbit 2025-10-02T13:20:00+07:00 berada 20 menit di masa depan.',
          location: { field: 'byline.published' },
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a wrong year',
      article: draft(publishedAt('2026-10-02T08:15:00+07:00')),
      findings: [
        {
          message:
            'The publication time 2026-10-02T08:15:00+07:00 is about 8755 hours in the future.',
          location: { field: 'byline.published' },
        },
      ],
    },
    {
      name: 'no tolerance in a strict profile',
      article: draft(publishedAt('2025-10-02T13:02:00+07:00')),
      profile: profileWith({ thresholds: { futureToleranceMinutes: 0 } }),
      findings: [
        {
          message: 'The publication time 2025-10-02T13:02:00+07:00 is 2 minutes in the future.',
          location: { field: 'byline.published' },
        },
      ],
    },
  ],
});

const roster = profileWith({
  roster: [{ name: 'Sari Wulandari', roles: ['writer'] }, { name: 'Willy Haryono' }],
});

ruleTester('byline/unknown-author', {
  valid: [
    { name: 'no roster: nothing to check against', article: draft(withAuthors('Siapa Saja')) },
    { name: 'on the roster', article: draft(() => {}), profile: roster },
    { name: 'an agency byline', article: draft(withAuthors('ANTARA')), profile: roster },
    {
      name: 'on the roster, other case and accents',
      article: draft(withAuthors('sári wulandari')),
      profile: roster,
    },
  ],
  invalid: [
    {
      name: 'not on the roster',
      article: draft(withAuthors('Sari Wulandari', 'Wily Haryono')),
      profile: roster,
      findings: [
        {
          message: '"Wily Haryono" is not on the newsroom roster.',
          location: { field: 'byline.authors.1', start: 0, end: 12 },
        },
      ],
    },
  ],
});

ruleTester('byline/credit-mismatch', {
  valid: [
    { name: 'author credited as writer', article: draft(() => {}) },
    {
      name: 'no credits at all (credits/missing-writer covers it)',
      article: draft((a) => ({ ...a, credits: [] })),
    },
    {
      name: "a desk's initials credited as writer (Detik's sign-off)",
      article: draft((a) => ({
        ...a,
        credits: [...a.credits, { name: 'nkh', role: 'writer' }, { name: 'SST', role: 'writer' }],
      })),
    },
    {
      name: 'author credited as editor',
      article: draft((a) => ({ ...a, credits: [{ name: 'Sari Wulandari', role: 'editor' }] })),
    },
  ],
  invalid: [
    {
      name: 'byline author without a credit',
      article: draft((a) => ({ ...a, credits: [{ name: 'Budi Santoso', role: 'editor' }] })),
      findings: [
        {
          message: 'Sari Wulandari is in the byline but not credited as writer or editor.',
          messageId:
            'Sari Wulandari ada di byline tetapi tidak tercantum sebagai penulis atau editor di kredit.',
          location: { field: 'byline.authors.0' },
          fixes: ['addCredit!'],
        },
      ],
      fix: {
        fixId: 'addCredit',
        result: (a) =>
          expect(a.credits).toEqual([
            { name: 'Budi Santoso', role: 'editor' },
            { name: 'Sari Wulandari', role: 'writer' },
          ]),
      },
    },
    {
      name: 'a credited writer missing from the byline',
      article: draft((a) => ({
        ...a,
        credits: [...a.credits, { name: 'Kelvin Yurcel', role: 'writer' }],
      })),
      findings: [
        {
          message: 'Kelvin Yurcel is credited as writer but not in the byline.',
          location: { field: 'credits.3' },
          fixes: ['addToByline'],
        },
      ],
      fix: {
        fixId: 'addToByline',
        result: (a) =>
          expect(a.byline.authors).toEqual([{ name: 'Sari Wulandari' }, { name: 'Kelvin Yurcel' }]),
      },
    },
  ],
});
