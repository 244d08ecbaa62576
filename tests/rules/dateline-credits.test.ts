import { expect } from 'vitest';
import type { Article, Credit } from '../../shared/model/article';
import { draft, profileWith, ruleTester } from './tester';

const place =
  (p: string | null) =>
  (a: Article): Article => ({
    ...a,
    dateline: p === null ? null : { ...a.dateline, place: p },
  });
const withCredits =
  (...credits: Credit[]) =>
  (a: Article): Article => ({ ...a, credits });

ruleTester('dateline/missing', {
  valid: [{ name: 'a place', article: draft(() => {}) }],
  invalid: [
    {
      name: 'none',
      article: draft(place(null)),
      findings: [
        {
          message: 'The dateline is missing.',
          messageId: 'Dateline (tempat berita) belum diisi.',
          location: { blockIndex: null, field: 'dateline' },
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a blank place',
      article: draft(place(' ')),
      findings: [{ message: 'The dateline is missing.', location: { field: 'dateline' } }],
    },
  ],
});

ruleTester('dateline/format', {
  valid: [
    { name: 'title case', article: draft(() => {}) },
    { name: 'wire capitals', article: draft(place('JAKARTA')) },
    { name: 'a place with a full stop of its own', article: draft(place('Washington D.C.')) },
    { name: 'no dateline (dateline/missing says so)', article: draft(place(null)) },
  ],
  invalid: [
    {
      name: 'the seed\'s "Beijing:" with its colon',
      article: draft(place('Beijing:')),
      findings: [
        {
          message: 'The dateline place "Beijing:" carries punctuation; the layout adds it.',
          location: { field: 'dateline.place', start: 7, end: 8 },
          fixes: ['strip!'],
        },
      ],
      fix: { fixId: 'strip', result: (a) => expect(a.dateline?.place).toBe('Beijing') },
    },
    {
      name: 'a wire dash',
      article: draft(place('JAKARTA -')),
      findings: [
        {
          message: 'The dateline place "JAKARTA -" carries punctuation; the layout adds it.',
          location: { start: 7, end: 9 },
          fixes: ['strip!'],
        },
      ],
    },
    {
      name: 'all lower case',
      article: draft(place('semarang')),
      findings: [
        {
          message: 'The dateline place "semarang" is all lower case.',
          messageId: 'Tempat pada dateline "semarang" ditulis dengan huruf kecil semua.',
          location: { field: 'dateline.place', start: 0, end: 8 },
          fixes: ['capitalise!'],
        },
      ],
      fix: { fixId: 'capitalise', result: (a) => expect(a.dateline?.place).toBe('Semarang') },
    },
    {
      name: 'both at once, two findings',
      article: draft(place('tanjung pinang,')),
      findings: [
        {
          message: 'The dateline place "tanjung pinang," carries punctuation; the layout adds it.',
          location: { start: 14, end: 15 },
          fixes: ['strip!'],
        },
        {
          message: 'The dateline place "tanjung pinang," is all lower case.',
          location: { start: 0, end: 15 },
          fixes: ['capitalise!'],
        },
      ],
      fix: {
        finding: 1,
        fixId: 'capitalise',
        result: (a) => expect(a.dateline?.place).toBe('Tanjung Pinang,'),
      },
    },
  ],
});

ruleTester('credits/missing-writer', {
  valid: [{ name: 'a writer', article: draft(() => {}) }],
  invalid: [
    {
      name: 'no credits: the byline authors are offered',
      article: draft(withCredits()),
      findings: [
        {
          message: 'No writer is credited.',
          messageId: 'Belum ada penulis yang dicantumkan di kredit.',
          location: { field: 'credits' },
          fixes: ['addBylineAuthors!'],
        },
      ],
      fix: {
        fixId: 'addBylineAuthors',
        result: (a) => expect(a.credits).toEqual([{ name: 'Sari Wulandari', role: 'writer' }]),
      },
    },
    {
      name: 'no writer and no byline: nothing to offer',
      article: draft((a) => ({ ...a, credits: [], byline: { ...a.byline, authors: [] } })),
      findings: [{ message: 'No writer is credited.', location: { field: 'credits' } }],
    },
  ],
});

ruleTester('credits/missing-editor', {
  valid: [{ name: 'an editor', article: draft(() => {}) }],
  invalid: [
    {
      name: 'writer only',
      article: draft(withCredits({ name: 'Sari Wulandari', role: 'writer' })),
      findings: [
        { message: 'No editor is credited.', location: { field: 'credits' }, severity: 'warning' },
      ],
    },
  ],
});

ruleTester('credits/duplicate', {
  valid: [
    { name: 'distinct', article: draft(() => {}) },
    {
      name: 'the same person in two roles',
      article: draft(
        withCredits(
          { name: 'Sari Wulandari', role: 'writer' },
          { name: 'Sari Wulandari', role: 'photographer' },
          { name: 'Budi', role: 'editor' },
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'byline and sign-off both read as writer',
      article: draft(
        withCredits(
          { name: 'Sari Wulandari', role: 'writer' },
          { name: 'Budi Santoso', role: 'editor' },
          { name: 'SARI WULANDARI', role: 'writer' },
        ),
      ),
      findings: [
        {
          message: 'SARI WULANDARI is credited as writer twice (also credit 1).',
          messageId: 'SARI WULANDARI dicantumkan dua kali sebagai writer (lihat juga kredit ke-1).',
          location: { field: 'credits.2' },
          fixes: ['remove!'],
        },
      ],
      fix: {
        fixId: 'remove',
        result: (a) =>
          expect(a.credits).toEqual([
            { name: 'Sari Wulandari', role: 'writer' },
            { name: 'Budi Santoso', role: 'editor' },
          ]),
      },
    },
    {
      name: 'a repeat with its own note is not removed automatically',
      article: draft(
        withCredits(
          { name: 'Sari Wulandari', role: 'writer' },
          { name: 'Budi Santoso', role: 'editor' },
          { name: 'Sari Wulandari', role: 'writer', note: 'from Demak' },
        ),
      ),
      findings: [
        {
          message: 'Sari Wulandari is credited as writer twice (also credit 1).',
          location: { field: 'credits.2' },
          fixes: ['remove'],
        },
      ],
    },
  ],
});

ruleTester('credits/unknown-role', {
  valid: [
    { name: 'known roles', article: draft(() => {}) },
    {
      name: 'a role the profile adds',
      article: draft((a) => ({
        ...a,
        credits: [...a.credits, { name: 'Rina', role: 'videographer' }],
      })),
      profile: profileWith({ extraCreditRoles: ['videographer'] }),
    },
  ],
  invalid: [
    {
      name: 'a role nobody declared',
      article: draft((a) => ({
        ...a,
        credits: [...a.credits, { name: 'Rina', role: 'videographer' }],
      })),
      findings: [
        {
          message:
            '"videographer" (for Rina) is not a credit role this newsroom uses (writer, editor, contributor, photographer, translator, source).',
          location: { field: 'credits.3' },
        },
      ],
    },
  ],
});
