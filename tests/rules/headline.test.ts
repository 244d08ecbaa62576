import { expect } from 'vitest';
import { draft, profileWith, ruleTester } from './tester';

ruleTester('headline/missing', {
  valid: [{ name: 'a headline', article: draft(() => {}) }],
  invalid: [
    {
      name: 'empty',
      article: draft((a) => ({ ...a, headline: '' })),
      findings: [
        {
          message: 'The headline is missing.',
          messageId: 'Judul belum diisi.',
          location: { blockIndex: null, blockId: null, field: 'headline' },
          severity: 'error',
        },
      ],
    },
    {
      name: 'only spaces',
      article: draft((a) => ({ ...a, headline: '   ' })),
      findings: [{ message: 'The headline is missing.', location: { field: 'headline' } }],
    },
  ],
});

const long =
  'Pemerintah Provinsi Jawa Tengah Menetapkan Status Tanggap Darurat Banjir Rob di Tujuh Kabupaten dan Kota Pesisir Utara Jawa';

ruleTester('headline/too-long', {
  valid: [
    { name: 'under the limit', article: draft(() => {}) },
    {
      name: 'exactly at a raised limit',
      article: draft((a) => ({ ...a, headline: long })),
      profile: profileWith({ thresholds: { headlineMaxLength: long.length } }),
    },
  ],
  invalid: [
    {
      name: 'over the default 110',
      article: draft((a) => ({ ...a, headline: long })),
      findings: [
        {
          message: 'The headline is 123 characters long; the limit is 110.',
          messageId: 'Judul sepanjang 123 karakter; batasnya 110.',
          location: { field: 'headline', start: 110, end: 123 },
          severity: 'warning',
        },
      ],
    },
    {
      name: 'over a profile limit of 60',
      article: draft(() => {}),
      profile: profileWith({ thresholds: { headlineMaxLength: 60 } }),
      findings: [
        {
          message: 'The headline is 66 characters long; the limit is 60.',
          location: { field: 'headline', start: 60, end: 66 },
        },
      ],
    },
  ],
});

ruleTester('headline/all-caps', {
  valid: [
    { name: 'title case', article: draft(() => {}) },
    { name: 'one capitalised word', article: draft((a) => ({ ...a, headline: 'BREAKING' })) },
    {
      name: 'acronyms inside a normal headline',
      article: draft((a) => ({ ...a, headline: 'BMKG dan BPBD Siagakan Pompa' })),
    },
  ],
  invalid: [
    {
      name: 'shouted headline',
      article: draft((a) => ({ ...a, headline: 'BANJIR ROB GENANGI SEMARANG' })),
      findings: [
        {
          message: 'The headline is in capitals; write it in sentence or title case.',
          location: { field: 'headline', start: 0, end: 27 },
          severity: 'warning',
        },
      ],
    },
  ],
});

ruleTester('headline/trailing-period', {
  valid: [
    { name: 'no stop', article: draft(() => {}) },
    {
      name: 'a question',
      article: draft((a) => ({ ...a, headline: 'Siapa Menanggung Kerugian?' })),
    },
    { name: 'an ellipsis', article: draft((a) => ({ ...a, headline: 'Menunggu Air Surut...' })) },
    {
      name: "an abbreviation's own stop",
      article: draft((a) => ({ ...a, headline: 'Harga Beras, Gula, dll.' })),
    },
    {
      name: 'initials',
      article: draft((a) => ({ ...a, headline: 'Banjir Landa Washington D.C.' })),
    },
  ],
  invalid: [
    {
      name: 'a sentence stop',
      article: draft((a) => ({ ...a, headline: 'Banjir Rob Genangi Pesisir Utara Semarang.' })),
      findings: [
        {
          message: 'The headline ends with a full stop.',
          messageId: 'Judul diakhiri tanda titik.',
          location: { blockIndex: null, field: 'headline', start: 41, end: 42 },
          severity: 'warning',
          fixes: ['remove!'],
        },
      ],
      fix: {
        fixId: 'remove',
        result: (a) => expect(a.headline).toBe('Banjir Rob Genangi Pesisir Utara Semarang'),
      },
    },
  ],
});
