/**
 * The seed draft (seeds/000_96a0e40e744c17ac.txt) as the article the text importer makes of it:
 * photo with its credit, byline and time, "Beijing:" dateline, body, the "Baca juga" line and
 * the sign-offs as credits. Exporter tests start from this so they pin exact output for real
 * copy without depending on the importer's heuristics.
 */
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/create';

const BODY = [
  'Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing. Pernyataan disampaikan Wang dalam pertemuan dengan Menlu Korut Choe Son-hui pada Minggu, 28 September.',
  'Pertemuan kedua menlu tersebut berlangsung hanya beberapa pekan setelah kunjungan langka pemimpin Korea Utara Kim Jong-un ke Tiongkok untuk mempererat hubungan bilateral.',
  '“Mempertahankan, mengonsolidasikan, dan mengembangkan hubungan Tiongkok–DPRK selalu menjadi kebijakan strategis yang teguh,” kata Wang Yi, merujuk pada akronim resmi Korea Utara, seperti dikutip The Straits Times, Senin, 29 September 2025.',
  '“Tiongkok bersedia memperkuat koordinasi dan kerja sama dengan DPRK dalam urusan internasional dan regional, menentang segala bentuk hegemonisme, serta menjaga kepentingan bersama kedua pihak dan prinsip keadilan serta kesetaraan internasional,” tambahnya.',
  'Pernyataan itu diyakini mengacu pada Amerika Serikat, rival utama Tiongkok dalam berbagai isu ekonomi dan geopolitik. Meski hubungan Beijing–Pyongyang sempat renggang akibat program nuklir Korea Utara, kedua negara tetap mempertahankan kedekatan strategis.',
  'Awal September lalu, Kim Jong-un berdiri di samping Presiden Tiongkok Xi Jinping dalam parade militer di Beijing yang menandai peringatan 80 tahun berakhirnya Perang Dunia II.',
  'Tiongkok menjadi sumber dukungan diplomatik, ekonomi, dan politik penting bagi Korea Utara, sementara keduanya kerap menampilkan sikap sejalan dalam menentang kebijakan Washington.',
  'Kim sebelumnya menyatakan siap melanjutkan kontak dengan AS bila Washington menghentikan tuntutan agar Pyongyang meninggalkan program senjata nuklirnya. Korea Utara menegaskan program tersebut diperlukan sebagai pertahanan menghadapi ancaman Amerika Serikat dan sekutunya, termasuk Korea Selatan.',
];

export const SEED_HEADLINE =
  'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing';

export function seedArticle(): Article {
  return createArticle({
    id: 'art-seed',
    language: 'id',
    headline: SEED_HEADLINE,
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
      ...BODY.map((text, i) => ({ id: `b${i + 2}`, type: 'paragraph' as const, text, marks: [] })),
      {
        id: `b${BODY.length + 2}`,
        type: 'related',
        label: 'Baca juga',
        title: 'Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
        url: null,
      },
    ],
    credits: [
      { name: 'Willy Haryono', role: 'writer' },
      { name: 'Kelvin Yurcel', role: 'editor' },
    ],
    metadata: { tags: [], extra: {}, outlet: 'Metrotvnews.com' },
    importReport: { format: 'text', source: '000_96a0e40e744c17ac.txt', items: [] },
  });
}
