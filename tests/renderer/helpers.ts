import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import type { Article } from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';
import { $loadArticle, $readArticle, normalizeMarks } from '../../renderer/editor/bridge';
import { EDITOR_NODES } from '../../renderer/editor/nodes';

export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (e) => {
      throw e;
    },
  });
}

export function load(editor: LexicalEditor, article: Article): void {
  editor.update(() => $loadArticle(article), { discrete: true });
}

export function read(editor: LexicalEditor, base: Article): Article {
  return editor.getEditorState().read(() => $readArticle(base));
}

/** Article → editor → article. */
export function roundTrip(article: Article): Article {
  const editor = headlessEditor();
  load(editor, article);
  return read(editor, article);
}

/** Article → editor → JSON text → fresh editor → article: proves importJSON/exportJSON. */
export function roundTripThroughJson(article: Article): Article {
  const a = headlessEditor();
  load(a, article);
  const json = JSON.stringify(a.getEditorState().toJSON());
  const b = headlessEditor();
  b.setEditorState(b.parseEditorState(json));
  // The base handed back must not leak the original's body: give it an empty one.
  return read(b, { ...article, headline: 'x', blocks: [], dateline: null });
}

/**
 * The article in the canonical form a round trip gives: marks normalised, and two lists of the
 * same kind in a row joined into one (Lexical's list node merges such neighbours by design; in
 * print they are one list anyway).
 */
export function canonical(article: Article): Article {
  const blocks: Article['blocks'] = [];
  for (const b of article.blocks) {
    const prev = blocks[blocks.length - 1];
    if (b.type === 'list' && prev?.type === 'list' && prev.ordered === b.ordered) {
      blocks[blocks.length - 1] = { ...prev, items: [...prev.items, ...b.items] };
    } else {
      blocks.push(b);
    }
  }
  return {
    ...article,
    blocks: blocks.map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') {
        return { ...b, marks: normalizeMarks(b.text, b.marks) };
      }
      if (b.type === 'list') {
        return {
          ...b,
          items: b.items.map((i) => ({ text: i.text, marks: normalizeMarks(i.text, i.marks) })),
        };
      }
      return b;
    }),
  };
}

/** The seed article as the text importer is specified to produce it (issue 2). */
export function seedArticle(): Article {
  return createArticle({
    id: 'art-seed',
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
        text: 'Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing.',
        marks: [],
      },
      {
        id: 'b3',
        type: 'quote',
        text: '“Mempertahankan, mengonsolidasikan, dan mengembangkan hubungan Tiongkok–DPRK selalu menjadi kebijakan strategis yang teguh,”',
        marks: [{ type: 'italic', start: 1, end: 15 }],
        attribution: 'Wang Yi',
      },
      { id: 'b4', type: 'heading', level: 2, text: 'Sikap terhadap Washington', marks: [] },
      {
        id: 'b5',
        type: 'list',
        ordered: false,
        items: [
          { text: 'Kerja sama diplomatik', marks: [{ type: 'bold', start: 0, end: 10 }] },
          { text: 'Dukungan ekonomi', marks: [] },
        ],
      },
      {
        id: 'b6',
        type: 'related',
        label: 'Baca juga',
        title: "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'",
        url: null,
      },
    ],
    credits: [
      { name: 'Willy Haryono', role: 'writer' },
      { name: 'Kelvin Yurcel', role: 'contributor' },
    ],
    metadata: { tags: ['korea-utara'], extra: {}, profile: 'id', section: 'Internasional' },
    importReport: { format: 'text', items: [] },
  });
}
