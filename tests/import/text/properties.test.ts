import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import';
import { importPlainText, textImporter } from '../../../shared/import/text';
import { applyWireConventions } from '../../../shared/import/wire';
import { normaliseInline, sliceInline } from '../../../shared/import/wire/inline';
import { getBuiltinProfile } from '../../../shared/profiles';
import { arbitraryArticle } from '../../support/arbitraries';
import type { Article } from '../../../shared/model/article';
import { enc, expectValidArticle, lostWords, unaccountedLines } from './helpers';

/** Lines in the shapes the recogniser looks for, so the properties exercise every path. */
const conventionLine = fc.constantFrom(
  'Willy Haryono • 29 September 2025 18:33',
  'Kompas.com - 02/10/2025, 08:15 WIB',
  'Penulis: Sari Wulandari | Editor: Bambang Priyo',
  'By Jane Holloway and Marcus Webb',
  'October 3, 2025 6:42 AM EDT',
  'Baca juga:\u00a0\u00a0Judul Berita Lain',
  'Baca juga:',
  'Related: Title here https://example.com/a',
  'Pilihan Editor: Operasi Pasar',
  'Jangan lupa ikuti\u00a0update berita',
  'Google News Metrotvnews.com',
  'Copyright 2025 The Associated Press. All rights reserved.',
  '(Willy Haryono)',
  '(nkh/imk)',
  'jm/sst',
  '(Reporting by Jane Doe; Editing by Sam Poe)',
  'Associated Press writer Kim Tran in Seattle contributed to this report.',
  'Menlu berjabat tangan. (@SpoxCHN_LinJian)',
  'Foto: Warga antre beras. (Dok. Bulog)',
  'A ship leaves port. REUTERS/Daniel Ortega',
  'JAKARTA, KOMPAS.com - Harga naik lagi.',
  'Beijing: Menteri Luar Negeri bertemu.',
  'WASHINGTON, Oct 3 (Reuters) - Ports eased.',
  'Kim menegaskan program itu permanen. (Kelvin Yurcel)',
  'Ports were quiet. (Reporting by Jane Doe)',
  '',
  '   ',
);

const word = fc.constantFrom(
  'Harga',
  'cabai',
  'naik',
  'the',
  'port',
  'Jakarta',
  '(AP)',
  '-',
  '—',
  ':',
  '•',
  'Baca',
  'juga',
  'By',
  'dan',
  '2025',
  '18:33',
  '(x)',
  '@a',
  '\u00a0',
);
const proseLine = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const anyLine = fc.oneof(
  conventionLine,
  proseLine,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const draft = fc
  .array(anyLine, { minLength: 1, maxLength: 25 })
  .chain((lines) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => lines.join(sep)));

async function importOrImportError(bytes: Uint8Array): Promise<unknown> {
  try {
    return await textImporter.import({ bytes, name: 'x.txt' }, {});
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
}

describe('text importer properties', () => {
  it('never throws anything but ImportError on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const r = await importOrImportError(bytes);
        if (!(r instanceof ImportError)) expectValidArticle(r as Article);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but ImportError on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (s) => {
        const r = await importOrImportError(enc(s));
        if (!(r instanceof ImportError)) expectValidArticle(r as Article);
      }),
      { numRuns: 300 },
    );
  });

  it('accounts for every non-blank line of any draft', () => {
    fc.assert(
      fc.property(draft, (text) => {
        if (text.trim() === '') return;
        const article = importPlainText(text.replace(/\r\n/g, '\n'));
        expect(unaccountedLines(text, article)).toEqual([]);
        expectValidArticle(article);
      }),
      { numRuns: 400 },
    );
  });

  it('loses no word: each occurs in the article at least as often as in the draft', () => {
    fc.assert(
      fc.property(draft, (text) => {
        if (text.trim() === '') return;
        expect(lostWords(text, importPlainText(text.replace(/\r\n/g, '\n')))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same text gives the same article', () => {
    fc.assert(
      fc.property(draft, (text) => {
        if (text.trim() === '') return;
        expect(importPlainText(text)).toEqual(importPlainText(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the accountFor check itself', () => {
  it('reports a line that went nowhere', () => {
    const text = 'Judul\n\nIsi berita.\n\nBaris yang hilang';
    const article = importPlainText(text);
    const lost = { ...article, blocks: article.blocks.slice(0, 1) };
    expect(unaccountedLines(text, lost)).toEqual(['Baris yang hilang']);
  });

  it('counts words, so a dropped repeat of a paragraph is caught', () => {
    const text = 'Judul\n\nHarga naik lagi.\n\nHarga naik lagi.';
    const article = importPlainText(text);
    expect(lostWords(text, article)).toEqual([]);
    const lost = { ...article, blocks: article.blocks.slice(0, 1) };
    // The line check sees the text in the first copy; the word count does not.
    expect(unaccountedLines(text, lost)).toEqual([]);
    expect(lostWords(text, lost)).toEqual(['Harga', 'naik', 'lagi']);
  });

  it('reports a paragraph that lost its middle', () => {
    const text = 'Judul\n\nSatu dua tiga empat lima.';
    const article = importPlainText(text);
    const cut = {
      ...article,
      blocks: [{ id: 'b1', type: 'paragraph' as const, text: 'Satu dua lima.', marks: [] }],
    };
    expect(unaccountedLines(text, cut)).toEqual(['Satu dua tiga empat lima.']);
  });
});

describe('inline text helpers keep marks in step with the text', () => {
  const inline = fc
    .string({
      unit: fc.constantFrom('a', 'b', ' ', '\u00a0', '\t', '\u200b', 'é', '\n'),
      maxLength: 40,
    })
    .chain((text) =>
      fc
        .array(
          fc.tuple(
            fc.nat(text.length),
            fc.nat(text.length),
            fc.constantFrom('bold' as const, 'italic' as const, 'link' as const),
          ),
          { maxLength: 4 },
        )
        .map((ms) => ({
          text,
          marks: ms
            .map(([a, b, type]) => ({ type, start: Math.min(a, b), end: Math.max(a, b) }))
            .filter((m) => m.start < m.end),
        })),
    );

  const valid = (x: { text: string; marks: { start: number; end: number }[] }) => {
    for (const m of x.marks) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(x.text.length);
      expect(m.start).toBeLessThan(m.end);
    }
  };

  it('normalising keeps every mark inside the text and over the same letters', () => {
    fc.assert(
      fc.property(inline, (x) => {
        const y = normaliseInline(x);
        valid(y);
        expect(y.text).toBe(y.text.trim());
        expect(y.text).not.toMatch(/\s\s|\t|\u200b/u);
        // Whitespace may shrink, but each mark still covers the same letters.
        const letters = (t: string, m: { type: string; start: number; end: number }) =>
          [m.type, t.slice(m.start, m.end).replace(/[\s\u00a0\u200b]/gu, '')] as const;
        const before = x.marks.map((m) => letters(x.text, m)).filter(([, l]) => l !== '');
        const after = y.marks.map((m) => letters(y.text, m)).filter(([, l]) => l !== '');
        expect(after).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same text with or without marks', () => {
    fc.assert(
      fc.property(inline, (x) => {
        const bare = normaliseInline({ text: x.text, marks: [] }).text;
        const marked = normaliseInline({
          text: x.text,
          marks: [{ type: 'bold', start: 0, end: x.text.length }],
        }).text;
        expect(bare).toBe(marked);
      }),
      { numRuns: 500 },
    );
  });

  it('slicing keeps every mark inside the slice', () => {
    fc.assert(
      fc.property(inline, fc.nat(40), fc.nat(40), (x, a, b) => {
        const [s, e] = [Math.min(a, b, x.text.length), Math.min(Math.max(a, b), x.text.length)];
        valid(sliceInline(x, s, e));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the recogniser on articles other importers build', () => {
  it('returns a valid article that still accounts for every paragraph, marks in bounds', () => {
    fc.assert(
      fc.property(
        arbitraryArticle({ maxBlocks: 12 }),
        fc.constantFrom('id', 'en'),
        fc.boolean(),
        (article, profileId, headlineKnown) => {
          const out = applyWireConventions(article, {
            profile: getBuiltinProfile(profileId),
            headlineKnown,
          });
          expectValidArticle(out);
          for (const b of out.blocks) {
            if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') {
              for (const m of b.marks) expect(m.end).toBeLessThanOrEqual(b.text.length);
            }
          }
          const paragraphs = article.blocks.flatMap((b) =>
            b.type === 'paragraph' ? [b.text] : [],
          );
          expect(unaccountedLines(paragraphs.join('\n'), out)).toEqual([]);
          expect(out.blocks.map((b) => b.id)).toEqual(out.blocks.map((_, i) => `b${i + 1}`));
        },
      ),
      { numRuns: 200 },
    );
  });
});
