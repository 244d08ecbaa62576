import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run';
import { csvField, terminalSafe } from '../../electron/cli/commands/credits';
import { parseNativeArticle, serializeNativeArticle } from '../../shared/import/native';
import type { Article } from '../../shared/model/article';
import { getBuiltinProfile } from '../../shared/profiles';
import {
  acceptSuggestion,
  addComment,
  approve,
  getReview,
  recordRevision,
  replyToComment,
  submitForReview,
  suggestChange,
} from '../../shared/review';
import { repoRoot } from '../support/standards';
import { cleanSeed, kelvin, sari, willy } from '../review/fixtures';

const SEED = path.join(repoRoot, 'seeds', '000_96a0e40e744c17ac.txt');

const run = (args: string[]) => runCli(args);

/** The seed after a round of review: Sari's two suggestions accepted by Kelvin, who approved. */
function reviewed(): Article {
  let a = recordRevision(cleanSeed(), willy(1));
  a = submitForReview(a, willy(2));
  a = suggestChange(
    a,
    { slot: { blockId: 'b3' }, start: 0, end: 9, text: 'Lawatan' },
    sari(3),
  ).article;
  a = suggestChange(
    a,
    { slot: { blockId: 'b4' }, start: 0, end: 0, text: 'Kata Wang: ' },
    sari(3),
  ).article;
  a = acceptSuggestion(a, 's1', kelvin(4));
  a = acceptSuggestion(a, 's2', kelvin(4));
  a = recordRevision(a, kelvin(5));
  return approve(a, kelvin(6), {
    profile: getBuiltinProfile('id'),
    now: new Date('2025-09-29T12:00:00Z'),
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-credits-'));
  writeFileSync(path.join(dir, 'tiongkok.newsroom.json'), serializeNativeArticle(reviewed()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('newsroom credits', () => {
  it('reports one article from its byline, credits and review record', async () => {
    const file = path.join(dir, 'tiongkok.newsroom.json');
    const r = await run(['credits', file]);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `${file} — Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing [approved]`,
        '  Willy Haryono — writer (byline, credits, revisions)',
        '  Kelvin Yurcel — editor (credits, accepted changes ×2, approval, revisions)',
        '  Sari Dewi — editor (accepted suggestions ×2)',
        '',
      ].join('\n'),
    });
  });

  it('reports a folder: every draft in it, then totals per person', async () => {
    writeFileSync(path.join(dir, '.catatan.txt'), 'hidden: not a draft');
    writeFileSync(path.join(dir, 'foto.jpg'), 'not a draft either');
    copyFileSync(SEED, path.join(dir, 'mentah.txt'));
    const r = await run(['credits', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      files: { file: string; status: string; credits: { name: string }[] }[];
      people: { name: string; roles: { role: string; articles: number }[] }[];
    };
    expect(report.files.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['mentah.txt', 'draft'],
      ['tiongkok.newsroom.json', 'approved'],
    ]);
    const willyTotal = report.people.find((p) => p.name === 'Willy Haryono');
    expect(willyTotal?.roles.find((x) => x.role === 'writer')).toEqual({
      role: 'writer',
      articles: 2,
    });
    expect(report.people.find((p) => p.name === 'Sari Dewi')?.roles).toEqual([
      { role: 'editor', articles: 1 },
    ]);
    const text = await run(['credits', dir]);
    expect(text.stdout).toContain('All 2 articles:\n  Willy Haryono — writer ×2');
  });

  it('writes CSV a spreadsheet opens safely', async () => {
    const file = path.join(dir, 'tiongkok.newsroom.json');
    const r = await run(['credits', file, '--format', 'csv']);
    expect(r.stdout.split('\r\n')).toEqual([
      'file,article,headline,name,role,sources,notes',
      `${file},art-seed,"Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing",Willy Haryono,writer,"byline, credits, revisions",`,
      `${file},art-seed,"Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing",Kelvin Yurcel,editor,"credits, accepted changes ×2, approval, revisions",`,
      `${file},art-seed,"Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing",Sari Dewi,editor,accepted suggestions ×2,`,
      '',
    ]);
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('Budi, S.H.')).toBe('"Budi, S.H."');
  });

  it('reports a file it cannot read, still reports the rest, and exits 2', async () => {
    writeFileSync(path.join(dir, 'rusak.newsroom.json'), '{"schemaVersion": 1, "blocks": ');
    const r = await run(['credits', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsroom credits: rusak\.newsroom\.json is not valid JSON/);
    expect(r.stdout).toContain('rusak.newsroom.json: could not be read');
    expect(r.stdout).toContain('Sari Dewi — editor (accepted suggestions ×2)');
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await run(['credits'])).code).toBe(2);
    const bad = await run(['credits', dir, '--format', 'xml']);
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'newsroom credits: --format must be one of text, json, csv, not "xml".\n',
    });
  });
});

describe('newsroom history and diff', () => {
  it('lists revisions and status changes', async () => {
    const file = path.join(dir, 'tiongkok.newsroom.json');
    const r = await run(['history', file]);
    expect(r.stdout).toBe(
      [
        `${file}: approved`,
        '  2025-09-29T11:02:00.000Z  in-review  Willy Haryono (penulis)',
        '  2025-09-29T11:06:00.000Z  approved   Kelvin Yurcel (redaktur)',
        'Revisions:',
        '    1  2025-09-29T11:01:00.000Z  Willy Haryono (penulis)  First saved version',
        '    2  2025-09-29T11:05:00.000Z  Kelvin Yurcel (redaktur)  2 blocks changed (+3/−1 words)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run(['history', file, '--format', 'json'])).stdout) as {
      revisions: Record<string, unknown>[];
    };
    expect(json.revisions.map((x) => [x.n, x.summary, 'snapshot' in x])).toEqual([
      [1, 'First saved version', false],
      [2, '2 blocks changed (+3/−1 words)', false],
    ]);
  });

  it('compares two revisions word by word', async () => {
    const file = path.join(dir, 'tiongkok.newsroom.json');
    const r = await run(['diff', file, '1', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      '~ b3 paragraph: [-Pertemuan-]{+Lawatan+} kedua menlu tersebut berlangsung hanya …',
      '~ b4 paragraph: {+Kata Wang: +}“Mempertahankan, mengonsolidasikan, dan …',
    ]);
    expect((await run(['diff', file, '2'])).stdout).toBe('No changes to the text\n');
    const missing = await run(['diff', file, '1', '9']);
    expect(missing).toMatchObject({
      code: 2,
      stderr: `newsroom diff: ${file}: This article has no revision 9.\n`,
    });
  });
});

describe('newsroom review, and export with open suggestions', () => {
  function withOpen(): Article {
    let a = cleanSeed();
    a = suggestChange(
      a,
      { slot: { blockId: 'b3' }, start: 0, end: 9, text: 'Lawatan' },
      sari(3),
    ).article;
    a = addComment(
      a,
      { anchor: { blockId: 'b2', start: 29, end: 36 }, body: 'Gelar lengkap?' },
      kelvin(4),
    ).article;
    a = replyToComment(a, 'c1', 'Sudah di awal.', willy(5));
    return addComment(a, { anchor: { blockId: 'b1' }, body: 'Foto lain?' }, sari(6)).article;
  }

  it('lists open suggestions and comment threads', async () => {
    const file = path.join(dir, 'terbuka.newsroom.json');
    writeFileSync(file, serializeNativeArticle(withOpen()));
    expect((await run(['review', file])).stdout).toBe(
      [
        `${file}: draft`,
        'Suggestions:',
        '  s1  b3  replace "Pertemuan" with "Lawatan" — Sari Dewi (editor), 2025-09-29T11:03:00.000Z [open]',
        'Comments:',
        '  c1  b2 on "Wang Yi"',
        '      Kelvin Yurcel (redaktur), 2025-09-29T11:04:00.000Z: Gelar lengkap?',
        '      Willy Haryono (penulis), 2025-09-29T11:05:00.000Z: Sudah di awal.',
        '  c2  b1',
        '      Sari Dewi (editor), 2025-09-29T11:06:00.000Z: Foto lain?',
        '',
      ].join('\n'),
    );
  });

  it('prints control characters and bidi overrides from a file as visible escapes', async () => {
    const file = path.join(dir, 'jahil.newsroom.json');
    const a = addComment(
      cleanSeed(),
      { anchor: { blockId: 'b1' }, body: 'Lihat\u001b[2J di sini' },
      {
        by: { name: 'Budi\u202eiduB', role: 'editor' },
        at: '2025-09-29T11:00:00.000Z',
      },
    ).article;
    writeFileSync(file, serializeNativeArticle(a));
    const r = await run(['review', file]);
    expect(r.stdout).toContain(
      'Budi\\u202eiduB (editor), 2025-09-29T11:00:00.000Z: Lihat\\u001b[2J di sini',
    );
    expect(r.stdout.includes('\u001b') || r.stdout.includes('\u202e')).toBe(false);
    expect(terminalSafe('a\tb\nc')).toBe('a\\u0009b\nc');
  });

  it('newsroom export refuses while a suggestion is open, and --allow-errors exports the accepted text', async () => {
    const file = path.join(dir, 'terbuka.newsroom.json');
    writeFileSync(file, serializeNativeArticle(withOpen()));
    const blocked = await run(['export', file, '--to', 'text']);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain(
      'error review/open-suggestions 1 suggestion by Sari Dewi is still open',
    );
    const draft = await run(['export', file, '--to', 'text', '--allow-errors']);
    expect(draft.code).toBe(0);
    expect(draft.stdout).toContain('Pertemuan kedua menlu');
    expect(draft.stdout).not.toContain('Lawatan');
    expect(draft.stdout).not.toContain('Gelar lengkap?');
  });
});

describe('newsroom review actions', () => {
  function draft(): Article {
    let a = submitForReview(recordRevision(cleanSeed(), willy(1)), willy(2));
    a = suggestChange(
      a,
      { slot: { blockId: 'b3' }, start: 0, end: 9, text: 'Lawatan' },
      sari(3),
    ).article;
    a = suggestChange(
      a,
      { slot: { blockId: 'b4' }, start: 0, end: 0, text: 'Kata Wang: ' },
      sari(3),
    ).article;
    return addComment(a, { anchor: { blockId: 'b1' }, body: 'Foto lain?' }, sari(4)).article;
  }
  const read = (file: string) => parseNativeArticle(readFileSync(file, 'utf8'));

  it('accepts and rejects, resolves, comments and approves, recorded under the name given', async () => {
    const file = path.join(dir, 'naskah.newsroom.json');
    writeFileSync(file, serializeNativeArticle(draft()));
    const r = await run([
      'review',
      file,
      '--as',
      'Kelvin Yurcel',
      '--role',
      'redaktur',
      '--accept',
      's1',
      '--reject',
      'all',
      '--resolve',
      'c1',
      '--comment',
      'Judul sudah pas',
      '--on',
      'b2',
      '--status',
      'approved',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = read(file);
    const review = getReview(a);
    expect(review.status).toBe('approved');
    expect(review.suggestions.map((s) => [s.id, s.state, s.decidedBy?.name])).toEqual([
      ['s1', 'accepted', 'Kelvin Yurcel'],
      ['s2', 'rejected', 'Kelvin Yurcel'],
    ]);
    expect(review.comments.map((c) => [c.id, c.resolved, c.body])).toEqual([
      ['c1', true, 'Foto lain?'],
      ['c2', false, 'Judul sudah pas'],
    ]);
    expect(review.revisions.map((x) => [x.n, x.by.name, x.summary])).toEqual([
      [1, 'Willy Haryono', 'First saved version'],
      [2, 'Kelvin Yurcel', 'Accepted s1'],
    ]);
    const b3 = a.blocks.find((b) => b.id === 'b3');
    expect(b3?.type === 'paragraph' && b3.text.startsWith('Lawatan kedua menlu')).toBe(true);
  });

  it('writes nothing when an action is refused', async () => {
    const file = path.join(dir, 'naskah.newsroom.json');
    const before = serializeNativeArticle(draft());
    writeFileSync(file, before);
    const r = await run([
      'review',
      file,
      '--as',
      'Kelvin Yurcel',
      '--accept',
      's1',
      '--status',
      'approved',
    ]);
    expect(r).toMatchObject({
      code: 1,
      stderr: 'newsroom review: Cannot approve: 1 open suggestion. Nothing was written.\n',
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('needs a name, and a native file to keep review data in', async () => {
    const file = path.join(dir, 'naskah.newsroom.json');
    writeFileSync(file, serializeNativeArticle(draft()));
    expect(await run(['review', file, '--accept', 'all'])).toMatchObject({
      code: 2,
      stderr: 'newsroom review: say who you are: --as "<your name>" (and --role, e.g. editor).\n',
    });
    const txt = path.join(dir, 'mentah.txt');
    copyFileSync(SEED, txt);
    expect((await run(['review', txt, '--as', 'Kelvin', '--accept', 'all'])).code).toBe(2);
  });
});
