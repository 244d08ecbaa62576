/**
 * Desktop boundary benchmark: what a keystroke pause and a Ctrl+S cost. Atomic save (temp,
 * fsync, rename, fsync dir) and a recovery copy of the seed and of a long story; the
 * dispatcher's zod validation of a save request; and a full loopback round trip (HTTP, token,
 * validation, handler, answer validation). Targets: saving the seed under 50 ms (two fsyncs
 * dominate, so this is the disk's number more than ours; it swings with other load), a
 * recovery copy of a 1 MB story well inside the 1 s idle budget, an IPC round trip under 5 ms.
 *
 *   npm run bench -- desktop
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDesktopApi } from '../shared/ipc/client';
import { CHANNELS } from '../shared/ipc/contract';
import { createHttpTransport } from '../shared/ipc/httpTransport';
import { importDraft } from '../shared/import';
import { serializeNativeArticle } from '../shared/import/native';
import type { Article } from '../shared/model/article';
import { launchHost } from '../electron/host/launch';
import { writeFileAtomic } from '../electron/services/atomic';

const here = dirname(fileURLToPath(import.meta.url));
const seedBytes = new Uint8Array(
  readFileSync(join(here, '..', 'seeds', '000_96a0e40e744c17ac.txt')),
);
const seed = await importDraft({ bytes: seedBytes, name: 'seed.txt' });

/** The seed's paragraphs repeated until the story is about `bytes` long as native JSON. */
function longStory(bytes: number): Article {
  const paragraphs = seed.blocks.filter((b) => b.type === 'paragraph');
  const perRound =
    serializeNativeArticle({ ...seed, blocks: paragraphs }).length -
    serializeNativeArticle({ ...seed, blocks: [] }).length;
  const rounds = Math.ceil(bytes / perRound);
  const blocks: Article['blocks'] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of paragraphs) blocks.push({ ...p, id: `b${blocks.length + 1}` });
  }
  return { ...seed, blocks };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeMedian(runs: number, fn: () => unknown): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-'));
try {
  const big = longStory(1024 * 1024);
  const cases: [string, Article][] = [
    ['seed', seed],
    [`long story (${big.blocks.length} paragraphs)`, big],
  ];

  console.log('\nAtomic save and validation, median ms\n');
  console.log('| article | JSON bytes | atomic save | zod check of a save request |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [label, article] of cases) {
    const text = serializeNativeArticle(article);
    const target = join(dir, 'story.newsroom.json');
    writeFileSync(target, text);
    const save = await timeMedian(30, () => writeFileAtomic(target, text));
    const payload = { token: 'doc_aaaaaaaaaaaaaaaaaaaaaaaa', article };
    const check = await timeMedian(30, () => CHANNELS['document:save'].request.parse(payload));
    console.log(
      `| ${label} | ${Buffer.byteLength(text)} | ${save.toFixed(2)} | ${check.toFixed(2)} |`,
    );
  }

  const host = await launchHost({
    cwd: dir,
    userDataDir: join(dir, 'user-data'),
    rendererDir: join(dir, 'no-renderer'),
    testDialogs: true,
  });
  try {
    const api = createDesktopApi(
      createHttpTransport({
        token: host.token,
        fetch: (u, i) => fetch(u, i),
        baseUrl: host.origin,
      }),
    );
    const doc = await api.newDocument({ language: 'id' });
    const token = doc.document.token;
    for (let i = 0; i < 20; i++) await api.appInfo();
    console.log('\nLoopback host round trips (HTTP + token + validation), median ms\n');
    console.log('| call | median ms |');
    console.log('| --- | ---: |');
    const rows: [string, () => Promise<unknown>, number][] = [
      ['settings:get', () => api.getSettings(), 200],
      ['recovery:write (seed)', () => api.writeRecovery(token, seed), 100],
      ['recovery:write (long story)', () => api.writeRecovery(token, big), 15],
      ['document:checkExternal (untitled)', () => api.checkExternal(token), 200],
    ];
    for (const [label, fn, runs] of rows) {
      console.log(`| ${label} | ${(await timeMedian(runs, fn)).toFixed(2)} |`);
    }
  } finally {
    await host.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
