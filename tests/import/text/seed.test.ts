import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import type { Article } from '../../../shared/model/article';
import { expectAccountedFor, expectValidArticle, lostWords, seedPath } from './helpers';

const NAME = '000_96a0e40e744c17ac.txt';
const NBSP = '\u00a0';

/** The scraped Medcom article, as a desk editor would want it after import. */
const expected: Article = {
  schemaVersion: 1,
  id: 'art-7df6ff8d2c79c5f9',
  language: 'id',
  headline: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
  subheadline: null,
  slug: null,
  byline: {
    authors: [{ name: 'Willy Haryono' }],
    published: '2025-09-29T18:33:00+07:00',
  },
  dateline: { place: 'Beijing' },
  blocks: [
    {
      id: 'b1',
      type: 'figure',
      src: null,
      alt: '',
      caption: 'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
      credit: '@SpoxCHN_LinJian',
    },
    {
      id: 'b2',
      type: 'paragraph',
      text: 'Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing. Pernyataan disampaikan Wang dalam pertemuan dengan Menlu Korut Choe Son-hui pada Minggu, 28 September.',
      marks: [],
    },
    {
      id: 'b3',
      type: 'paragraph',
      text: 'Pertemuan kedua menlu tersebut berlangsung hanya beberapa pekan setelah kunjungan langka pemimpin Korea Utara Kim Jong-un ke Tiongkok untuk mempererat hubungan bilateral.',
      marks: [],
    },
    {
      id: 'b4',
      type: 'paragraph',
      text: '“Mempertahankan, mengonsolidasikan, dan mengembangkan hubungan Tiongkok–DPRK selalu menjadi kebijakan strategis yang teguh,” kata Wang Yi, merujuk pada akronim resmi Korea Utara, seperti dikutip The Straits Times, Senin, 29 September 2025.',
      marks: [],
    },
    {
      id: 'b5',
      type: 'paragraph',
      text: '“Tiongkok bersedia memperkuat koordinasi dan kerja sama dengan DPRK dalam urusan internasional dan regional, menentang segala bentuk hegemonisme, serta menjaga kepentingan bersama kedua pihak dan prinsip keadilan serta kesetaraan internasional,” tambahnya.',
      marks: [],
    },
    {
      id: 'b6',
      type: 'paragraph',
      text: 'Pernyataan itu diyakini mengacu pada Amerika Serikat, rival utama Tiongkok dalam berbagai isu ekonomi dan geopolitik. Meski hubungan Beijing–Pyongyang sempat renggang akibat program nuklir Korea Utara, kedua negara tetap mempertahankan kedekatan strategis.',
      marks: [],
    },
    {
      id: 'b7',
      type: 'paragraph',
      text: 'Awal September lalu, Kim Jong-un berdiri di samping Presiden Tiongkok Xi Jinping dalam parade militer di Beijing yang menandai peringatan 80 tahun berakhirnya Perang Dunia II.',
      marks: [],
    },
    {
      id: 'b8',
      type: 'paragraph',
      text: 'Tiongkok menjadi sumber dukungan diplomatik, ekonomi, dan politik penting bagi Korea Utara, sementara keduanya kerap menampilkan sikap sejalan dalam menentang kebijakan Washington.',
      marks: [],
    },
    {
      id: 'b9',
      type: 'paragraph',
      text: 'Kim sebelumnya menyatakan siap melanjutkan kontak dengan AS bila Washington menghentikan tuntutan agar Pyongyang meninggalkan program senjata nuklirnya. Korea Utara menegaskan program tersebut diperlukan sebagai pertahanan menghadapi ancaman Amerika Serikat dan sekutunya, termasuk Korea Selatan.',
      marks: [],
    },
    {
      id: 'b10',
      type: 'related',
      label: 'Baca juga',
      title: "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'",
      url: null,
    },
  ],
  credits: [
    // The byline author is the story's writer; the two sign-offs name the reporter and editor.
    { name: 'Willy Haryono', role: 'writer' },
    { name: 'Kelvin Yurcel', role: 'contributor' },
    { name: 'Willy Haryono', role: 'editor' },
  ],
  metadata: { tags: [], profile: 'id', extra: {} },
  importReport: {
    format: 'text',
    source: NAME,
    profile: 'id',
    items: [
      {
        reason: 'figure',
        text: 'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui. (@SpoxCHN_LinJian)',
        action: 'moved',
        line: 3,
        detail: 'Became a figure: caption and photo credit.',
      },
      {
        reason: 'duplicate-headline',
        text: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
        action: 'dropped',
        line: 5,
        detail: 'The headline was repeated.',
      },
      {
        reason: 'byline',
        text: 'Willy Haryono • 29 September 2025 18:33',
        action: 'moved',
        line: 7,
        detail: 'Moved to the byline.',
      },
      {
        reason: 'dateline',
        text: 'Beijing:',
        action: 'moved',
        line: 9,
        detail: 'Moved to the dateline.',
      },
      {
        reason: 'sign-off',
        text: '(Kelvin Yurcel)',
        action: 'moved',
        line: 23,
        detail: 'Credits: Kelvin Yurcel (contributor).',
      },
      {
        reason: 'related',
        text: `Baca juga:${NBSP}${NBSP}Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'`,
        action: 'moved',
        line: 25,
        detail: 'Became a related-link block.',
      },
      {
        reason: 'boilerplate',
        text: `Jangan lupa ikuti${NBSP}update${NBSP}berita lainnya dan${NBSP}follow${NBSP} akun`,
        action: 'set-aside',
        line: 27,
      },
      {
        reason: 'boilerplate',
        text: 'Google News Metrotvnews.com',
        action: 'set-aside',
        line: 28,
      },
      {
        reason: 'boilerplate',
        text: 'Viral!, 18 Kampus ternama memberikan beasiswa full sampai lulus untuk S1 dan S2 di Beasiswa OSC. Info lebih lengkap klik : osc.medcom.id',
        action: 'set-aside',
        line: 29,
      },
      {
        reason: 'sign-off',
        text: '(Willy Haryono)',
        action: 'moved',
        line: 30,
        detail: 'Credits: Willy Haryono (editor).',
      },
    ],
  },
};

describe('the seed article (scraped Medcom copy)', () => {
  const bytes = new Uint8Array(readFileSync(seedPath(NAME)));
  const text = new TextDecoder().decode(bytes);

  it('imports exactly as a desk editor would file it', async () => {
    const article = await importDraft({ bytes, name: NAME });
    expect(article).toEqual(expected);
    expectValidArticle(article);
  });

  it('accounts for every line of the source', async () => {
    const article = await importDraft({ bytes, name: NAME });
    expectAccountedFor(text, article);
    expect(lostWords(text, article)).toEqual([]);
  });

  it('gives the same article for the same bytes', async () => {
    const a = await importDraft({ bytes, name: NAME });
    const b = await importDraft({ bytes, name: NAME });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('keeps the headline once and the promo lines out of the body', async () => {
    const article = await importDraft({ bytes, name: NAME });
    const body = article.blocks.map((b) => JSON.stringify(b)).join('\n');
    expect(body).not.toContain(expected.headline);
    expect(body).not.toMatch(/Jangan lupa|Google News|osc\.medcom|Kelvin Yurcel|Willy Haryono/);
  });
});
