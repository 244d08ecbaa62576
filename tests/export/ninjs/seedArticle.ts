/**
 * The seed draft (../shared/seeds/000_96a0e40e744c17ac.txt) as the text importer should read it,
 * built by hand so the agency exporters can be tested before and independently of that importer.
 */
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/create';

export function seedLikeArticle(): Article {
  return createArticle({
    id: 'art-seed-000',
    language: 'id',
    headline: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
    byline: { authors: [{ name: 'Willy Haryono' }], published: '2025-09-29T18:33:00+07:00' },
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
        text: '“Mempertahankan, mengonsolidasikan, dan mengembangkan hubungan Tiongkok–DPRK selalu menjadi kebijakan strategis yang teguh,” kata Wang Yi, merujuk pada akronim resmi Korea Utara, seperti dikutip The Straits Times, Senin, 29 September 2025.',
        marks: [{ type: 'italic', start: 195, end: 212 }],
      },
      {
        id: 'b4',
        type: 'related',
        label: 'Baca juga',
        title: 'Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
        url: null,
      },
    ],
    credits: [
      { name: 'Kelvin Yurcel', role: 'contributor' },
      { name: 'Willy Haryono', role: 'editor' },
    ],
    metadata: { tags: [], extra: {}, outlet: 'Metrotvnews.com' },
    importReport: { format: 'text', items: [] },
  });
}
