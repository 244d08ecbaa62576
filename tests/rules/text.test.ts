import { expect } from 'vitest';
import type { Article, Block, ParagraphBlock, RelatedBlock } from '../../shared/model/article';
import { draft, profileWith, ruleTester } from './tester';

/** The clean article with its second paragraph (block 2, id b3) replaced. */
const second =
  (text: string, marks: ParagraphBlock['marks'] = []) =>
  (a: Article): Article => ({
    ...a,
    blocks: a.blocks.map((b) => (b.id === 'b3' ? { ...b, type: 'paragraph', text, marks } : b)),
  });
const addBlock =
  (block: Block) =>
  (a: Article): Article => ({ ...a, blocks: [...a.blocks, block] });
const at2 = { blockIndex: 2, blockId: 'b3' };
const textOf = (a: Article, i: number): string => (a.blocks[i] as ParagraphBlock).text;

const SEED_TITLE = "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'";

ruleTester('text/unbalanced-quotes', {
  valid: [
    { name: 'curly pairs', article: draft(() => {}) },
    {
      name: 'a single quote inside a double one',
      article: draft(second('“Dia bilang ‘tunggu’ lalu pergi,” kata Suyanto.')),
    },
    {
      name: 'straight pairs',
      article: draft(second('"Air naik sejak subuh," kata Suyanto, "dan belum surut."')),
    },
    {
      name: 'apostrophes in Indonesian and English',
      article: draft(
        second("Salat Jum'at di masjid Qur’an Center; the students’ bus, rock 'n' roll, the ’90s."),
      ),
    },
    {
      name: 'a quote continued into the next paragraph opens again and closes later',
      article: draft(second('“Air mulai naik sejak subuh dan belum surut sampai sekarang.')),
    },
    { name: 'guillemets', article: draft(second('Il a dit «non» hier.')) },
    {
      name: 'feet and inches inside a quotation',
      article: draft(second('"He is 6\'2" and fast," the coach said.')),
    },
  ],
  invalid: [
    {
      name: "the seed's related title opens with ‘ and closes with '",
      article: draft((a) => ({
        ...a,
        blocks: a.blocks.map((b) => (b.type === 'related' ? { ...b, title: SEED_TITLE } : b)),
      })),
      findings: [
        {
          message: "The quotation opened with ‘ is closed with '.",
          messageId: "Kutipan yang dibuka dengan ‘ ditutup dengan '.",
          location: { blockIndex: 3, blockId: 'b4', field: 'title', start: 62, end: 72 },
          severity: 'warning',
          fixes: ['replaceClosing!'],
        },
      ],
      fix: {
        fixId: 'replaceClosing',
        result: (a) =>
          expect((a.blocks[3] as RelatedBlock).title).toBe(
            'Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
          ),
      },
    },
    {
      name: 'a curly quote closed with a straight one',
      article: draft(second('“Air mulai naik sejak subuh," kata Suyanto.')),
      findings: [
        {
          message: 'The quotation opened with “ is closed with ".',
          location: { ...at2, start: 0, end: 29 },
          fixes: ['replaceClosing!'],
        },
      ],
      fix: {
        fixId: 'replaceClosing',
        result: (a) => expect(textOf(a, 2)).toBe('“Air mulai naik sejak subuh,” kata Suyanto.'),
      },
    },
    {
      name: 'never closed, mid-paragraph',
      article: draft(second('Kata Suyanto, “air mulai naik sejak subuh.')),
      findings: [
        {
          message: 'The quotation opened with “ is never closed.',
          messageId: 'Kutipan yang dibuka dengan “ tidak pernah ditutup.',
          location: { ...at2, start: 14, end: 15 },
          fixes: [],
        },
      ],
    },
    {
      name: 'a closing mark with no opening one',
      article: draft(second('Air mulai naik sejak subuh,” kata Suyanto.')),
      findings: [
        {
          message: 'The closing ” has no opening quotation mark.',
          location: { ...at2, start: 27, end: 28 },
        },
      ],
    },
    {
      name: 'a single quote left open inside a closed double one',
      article: draft(second('“Dia bilang ‘tunggu lalu pergi,” kata Suyanto.')),
      findings: [
        {
          message: 'The quotation opened with ‘ is never closed.',
          location: { ...at2, start: 12, end: 13 },
        },
      ],
    },
    {
      name: 'in a list item',
      article: draft(
        addBlock({
          id: 'l9',
          type: 'list',
          ordered: false,
          items: [
            { text: 'Satu', marks: [] },
            { text: '“Dua', marks: [] },
          ],
        }),
      ),
      findings: [
        {
          message: 'The quotation opened with “ is never closed.',
          location: { blockIndex: 7, blockId: 'l9', field: 'items.1', start: 0, end: 1 },
        },
      ],
    },
  ],
});

ruleTester('text/double-space', {
  valid: [
    { name: 'single spaces', article: draft(() => {}) },
    {
      name: 'line breaks and a leading indent are not doubled spaces',
      article: draft(second('  Baris satu\nbaris dua')),
    },
  ],
  invalid: [
    {
      name: 'two runs in one paragraph, each its own finding',
      article: draft(
        second('Air  mulai naik sejak   subuh.', [{ type: 'bold', start: 24, end: 29 }]),
      ),
      findings: [
        {
          message: '2 spaces in a row.',
          messageId: '2 spasi berturut-turut.',
          location: { ...at2, start: 3, end: 5 },
          severity: 'info',
          fixes: ['collapse!'],
        },
        {
          message: '3 spaces in a row.',
          location: { ...at2, start: 21, end: 24 },
          fixes: ['collapse!'],
        },
      ],
      fix: {
        finding: 0,
        fixId: 'collapse',
        result: (a) => {
          expect(textOf(a, 2)).toBe('Air mulai naik sejak   subuh.');
          // The bold "subuh" moved one character left with the text.
          expect((a.blocks[2] as ParagraphBlock).marks).toEqual([
            { type: 'bold', start: 23, end: 28 },
          ]);
        },
      },
    },
    {
      name: 'in a caption',
      article: draft((a) => ({
        ...a,
        blocks: a.blocks.map((b) =>
          b.type === 'figure' ? { ...b, caption: 'Warga  melintas.' } : b,
        ),
      })),
      findings: [
        {
          message: '2 spaces in a row.',
          location: { blockIndex: 0, field: 'caption', start: 5, end: 7 },
          fixes: ['collapse!'],
        },
      ],
    },
  ],
});

ruleTester('text/leftover-boilerplate', {
  valid: [
    { name: 'copy only', article: draft(() => {}) },
    {
      name: 'a word that appears in a promo, inside copy',
      article: draft(second('Warga diminta ikuti arahan petugas BPBD.')),
    },
    {
      name: 'the English profile does not know Indonesian promos',
      article: draft(second('Jangan lupa ikuti update berita lainnya dan follow akun')),
      profile: profileWith({}, 'en'),
    },
  ],
  invalid: [
    {
      name: "the seed's promo line left in the body",
      article: draft(second('Jangan lupa ikuti update berita lainnya dan follow  akun')),
      findings: [
        {
          message:
            'This looks like site boilerplate, not copy: "Jangan lupa ikuti update berita lainnya dan follow  akun"',
          messageId:
            'Ini tampak seperti teks promosi situs, bukan isi berita: "Jangan lupa ikuti update berita lainnya dan follow  akun"',
          location: { ...at2, start: 0, end: 56 },
          fixes: ['removeBlock'],
        },
      ],
      fix: {
        fixId: 'removeBlock',
        result: (a) =>
          expect(a.blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b4', 'b5', 'b6', 'b7']),
      },
    },
    {
      name: 'a promo as the second line of a paragraph',
      article: draft(
        second(
          'Petugas menyiagakan pompa.\nViral!, 18 Kampus ternama memberikan beasiswa full sampai lulus',
        ),
      ),
      findings: [
        {
          message:
            'This looks like site boilerplate, not copy: "Viral!, 18 Kampus ternama memberikan beasiswa full sampai…"',
          location: { ...at2, start: 27, end: 90 },
          fixes: ['removeLine'],
        },
      ],
      fix: {
        fixId: 'removeLine',
        result: (a) => expect(textOf(a, 2)).toBe('Petugas menyiagakan pompa.\n'),
      },
    },
    {
      name: "a pattern from the user's own profile",
      article: draft(second('Baca berita lengkapnya di aplikasi kami')),
      profile: profileWith({ conventions: { boilerplate: ['^baca berita lengkapnya\\b'] } }),
      findings: [
        {
          message: expect.stringContaining('Baca berita lengkapnya') as unknown as string,
          location: { ...at2, start: 0, end: 39 },
          fixes: ['removeBlock'],
        },
      ],
    },
  ],
});
