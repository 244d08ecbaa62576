import { expect } from 'vitest';
import type { Article, FigureBlock } from '../../shared/model/article';
import { draft, profileWith, ruleTester } from './tester';

/** The clean article with its lead photo (block 0) changed. */
const photo =
  (over: Partial<FigureBlock>) =>
  (a: Article): Article => ({
    ...a,
    blocks: a.blocks.map((b) => (b.type === 'figure' ? { ...b, ...over } : b)),
  });
const figureOf = (a: Article): FigureBlock => a.blocks[0] as FigureBlock;
const at0 = { blockIndex: 0, blockId: 'b1' };

ruleTester('figure/missing-image', {
  valid: [
    { name: 'a relative path', article: draft(() => {}) },
    { name: 'an http address', article: draft(photo({ src: 'https://img.antaranews.com/x.jpg' })) },
  ],
  invalid: [
    {
      name: 'the draft only named the photo',
      article: draft(photo({ src: null })),
      findings: [
        {
          message: 'The photo has no image file or address.',
          messageId: 'Foto belum memiliki berkas atau alamat gambar.',
          location: { ...at0, field: 'src' },
          severity: 'error',
        },
      ],
    },
  ],
});

ruleTester('figure/missing-alt', {
  valid: [{ name: 'alt text given', article: draft(() => {}) }],
  invalid: [
    {
      name: 'no alt text, a caption to offer',
      article: draft(photo({ alt: '' })),
      findings: [
        {
          message: 'The photo has no alternative text for screen readers.',
          location: { ...at0, field: 'alt' },
          fixes: ['useCaption'],
        },
      ],
      fix: {
        fixId: 'useCaption',
        result: (a) =>
          expect(figureOf(a).alt).toBe(
            'Warga melintasi genangan banjir rob di Kampung Tambak Lorok, Semarang, Kamis (2/10/2025).',
          ),
      },
    },
    {
      name: 'no alt text and no caption: nothing to offer',
      article: draft(photo({ alt: ' ', caption: '' })),
      findings: [
        {
          message: 'The photo has no alternative text for screen readers.',
          location: { field: 'alt' },
        },
      ],
    },
  ],
});

ruleTester('caption/missing', {
  valid: [{ name: 'a caption', article: draft(() => {}) }],
  invalid: [
    {
      name: 'no caption',
      article: draft(photo({ caption: '' })),
      findings: [{ message: 'The photo has no caption.', location: { ...at0, field: 'caption' } }],
    },
  ],
});

ruleTester('caption/missing-credit', {
  valid: [{ name: 'a credit', article: draft(() => {}) }],
  invalid: [
    {
      name: 'null credit',
      article: draft(photo({ credit: null })),
      findings: [{ message: 'The photo has no credit.', location: { ...at0, field: 'credit' } }],
    },
    {
      name: 'blank credit',
      article: draft(photo({ credit: ' ' })),
      findings: [{ message: 'The photo has no credit.', location: { field: 'credit' } }],
    },
  ],
});

const antaraForm = profileWith({ creditFormat: "(?:ANTARA FOTO|ANTARA)/\\p{L}[\\p{L} .'-]+" });

ruleTester('caption/credit-format', {
  valid: [
    { name: 'no house form set', article: draft(photo({ credit: '@SpoxCHN_LinJian' })) },
    { name: 'in the house form', article: draft(() => {}), profile: antaraForm },
    {
      name: 'no credit (missing-credit says so)',
      article: draft(photo({ credit: null })),
      profile: antaraForm,
    },
  ],
  invalid: [
    {
      name: 'a social handle where the house wants AGENCY/Name',
      article: draft(photo({ credit: '@SpoxCHN_LinJian' })),
      profile: antaraForm,
      findings: [
        {
          message:
            'The photo credit "@SpoxCHN_LinJian" is not in the house form ((?:ANTARA FOTO|ANTARA)/\\p{L}[\\p{L} .\'-]+).',
          location: { ...at0, field: 'credit', start: 0, end: 16 },
        },
      ],
    },
    {
      name: 'worded with the example the profile gives',
      article: draft(photo({ credit: 'Makna Zaezar' })),
      profile: profileWith({
        creditFormat: "(?:ANTARA FOTO|ANTARA)/\\p{L}[\\p{L} .'-]+",
        creditFormatExample: 'ANTARA FOTO/Nama Fotografer',
      }),
      findings: [
        {
          message:
            'The photo credit "Makna Zaezar" is not in the house form (ANTARA FOTO/Nama Fotografer).',
          messageId:
            'Kredit foto "Makna Zaezar" tidak sesuai bentuk gaya selingkung (ANTARA FOTO/Nama Fotografer).',
          location: { ...at0, field: 'credit', start: 0, end: 12 },
        },
      ],
    },
    {
      name: 'the form must match the whole credit',
      article: draft(photo({ credit: 'Foto: ANTARA FOTO/Makna Zaezar' })),
      profile: antaraForm,
      findings: [
        {
          message: expect.stringContaining('"Foto: ANTARA FOTO/Makna Zaezar"') as unknown as string,
          location: { field: 'credit' },
        },
      ],
    },
  ],
});

const longCaption = `${'Warga melintasi genangan banjir rob di Kampung Tambak Lorok. '.repeat(5)}Kamis (2/10/2025).`;

ruleTester('caption/too-long', {
  valid: [
    { name: 'short', article: draft(() => {}) },
    {
      name: 'long but within a raised limit',
      article: draft(photo({ caption: longCaption })),
      profile: profileWith({ thresholds: { captionMaxLength: 400 } }),
    },
  ],
  invalid: [
    {
      name: 'over the default 300',
      article: draft(photo({ caption: longCaption })),
      findings: [
        {
          message: 'The caption is 323 characters long; the limit is 300.',
          location: { ...at0, field: 'caption', start: 300, end: 323 },
        },
      ],
    },
  ],
});

ruleTester('caption/no-terminal-punctuation', {
  valid: [
    { name: 'ends with a full stop', article: draft(() => {}) },
    {
      name: 'full stop inside a closing quote',
      article: draft(photo({ caption: '“Kami bertahan di sini.”' })),
    },
    { name: 'a question', article: draft(photo({ caption: 'Siapa yang menanggung kerugian?' })) },
    { name: 'no caption (caption/missing says so)', article: draft(photo({ caption: '' })) },
  ],
  invalid: [
    {
      name: 'the seed caption without its full stop',
      article: draft(
        photo({
          caption: 'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui',
        }),
      ),
      findings: [
        {
          message: 'The caption does not end with a full stop.',
          messageId: 'Keterangan foto tidak diakhiri tanda titik.',
          location: { ...at0, field: 'caption', start: 75, end: 76 },
          severity: 'info',
          fixes: ['addFullStop!'],
        },
      ],
      fix: {
        fixId: 'addFullStop',
        result: (a) =>
          expect(figureOf(a).caption).toBe(
            'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
          ),
      },
    },
    {
      name: 'trailing space kept after the added stop',
      article: draft(photo({ caption: 'Warga mengungsi ' })),
      findings: [
        {
          message: 'The caption does not end with a full stop.',
          location: { start: 14, end: 15 },
          fixes: ['addFullStop!'],
        },
      ],
      fix: {
        fixId: 'addFullStop',
        result: (a) => expect(figureOf(a).caption).toBe('Warga mengungsi. '),
      },
    },
  ],
});
