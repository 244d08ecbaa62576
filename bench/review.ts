/**
 * Review benchmark: the cost of history and review data on a long feature (about 20k words)
 * that has been saved 100 times, each save editing one paragraph, with 60 comments and 20 open
 * suggestions. Targets: recording a revision on save < 20 ms; moving comments and suggestions
 * after a one-paragraph edit (`reconcileReview`) < 2 ms; comparing two revisions < 50 ms;
 * reopening the file (parse + validate) < 150 ms; the file < 5x the article without history.
 *
 *   npm run bench -- review
 */
import { parseNativeArticle, serializeNativeArticle } from '../shared/import/native';
import type { Article, Block } from '../shared/model/article';
import { createArticle } from '../shared/model/create';
import {
  addComment,
  contentAt,
  creditsLedger,
  diffArticles,
  reconcileReview,
  recordRevision,
  renderDiff,
  suggestChange,
  type Actor,
} from '../shared/review';

const WORDS = (
  'pemerintah provinsi warga banjir rob pesisir utara petugas pompa kelurahan pengungsi ' +
  'menteri luar negeri kerja sama hubungan bilateral kebijakan strategis ekonomi politik'
).split(' ');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function generate(words: number): Article {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const blocks: Block[] = [];
  let count = 0;
  while (count < words) {
    const n = 40 + rnd(40);
    const parts = Array.from({ length: n }, () => WORDS[rnd(WORDS.length)]!);
    blocks.push({
      id: `b${blocks.length + 1}`,
      type: 'paragraph',
      text: `${parts.join(' ')}.`,
      marks: [],
    });
    count += n;
  }
  return createArticle({
    id: 'art-bench',
    language: 'id',
    headline: 'Banjir rob di pesisir utara',
    blocks,
  });
}

const people = [
  { name: 'Willy Haryono', role: 'penulis' },
  { name: 'Kelvin Yurcel', role: 'redaktur' },
  { name: 'Sari Dewi', role: 'editor' },
];
const actor = (i: number): Actor => ({
  by: people[i % 3]!,
  at: new Date(Date.UTC(2025, 8, 29, 8, 0, i)).toISOString(),
});

function editParagraph(a: Article, i: number): Article {
  const k = (i * 7) % a.blocks.length;
  return {
    ...a,
    blocks: a.blocks.map((b, j) =>
      j === k && b.type === 'paragraph' ? { ...b, text: `Kata ${i}: ${b.text}` } : b,
    ),
  };
}

let article = generate(20_000);
const plainBytes = serializeNativeArticle(article).length;
for (let i = 0; i < 60; i++) {
  const b = article.blocks[(i * 5) % article.blocks.length]!;
  article = addComment(
    article,
    { anchor: { blockId: b.id, start: 0, end: 4 }, body: `Cek ${i}` },
    actor(i),
  ).article;
}
for (let i = 0; i < 20; i++) {
  const b = article.blocks[(i * 11 + 3) % article.blocks.length]!;
  article = suggestChange(
    article,
    { slot: { blockId: b.id }, start: 5, end: 5, text: 'sangat ' },
    actor(i + 1),
  ).article;
}

const saves: number[] = [];
const reconciles: number[] = [];
for (let i = 0; i < 100; i++) {
  const edited = editParagraph(article, i);
  let t = performance.now();
  const moved = reconcileReview(article, edited);
  reconciles.push(performance.now() - t);
  t = performance.now();
  article = recordRevision(moved, actor(i));
  saves.push(performance.now() - t);
}

const text = serializeNativeArticle(article);
const opens: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  parseNativeArticle(text);
  opens.push(performance.now() - t);
}
const diffs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  renderDiff(diffArticles(contentAt(article, 3), contentAt(article, 97)));
  diffs.push(performance.now() - t);
}
const ledgerStart = performance.now();
creditsLedger(article);
const ledger = performance.now() - ledgerStart;

const rows: [string, string][] = [
  ['article', `${article.blocks.length} paragraphs, ~20k words, 60 comments, 20 open suggestions`],
  ['record a revision (median of 100 saves)', `${median(saves).toFixed(2)} ms`],
  ['reconcile after a one-paragraph edit (median)', `${median(reconciles).toFixed(3)} ms`],
  ['reopen the file: parse + validate (median)', `${median(opens).toFixed(1)} ms`],
  ['diff revision 3 vs 97 + render (median)', `${median(diffs).toFixed(1)} ms`],
  ['credits ledger over 100 revisions', `${ledger.toFixed(1)} ms`],
  ['file without review data', `${(plainBytes / 1024).toFixed(0)} KB`],
  [
    'file with 100 revisions + review',
    `${(text.length / 1024).toFixed(0)} KB (${(text.length / plainBytes).toFixed(1)}x)`,
  ],
];
const width = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
