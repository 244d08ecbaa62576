import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { importDraft } from '../../shared/import';
import { serializeNativeArticle } from '../../shared/import/native';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const SEED_NAME = '000_96a0e40e744c17ac.txt';
const SEED = join(repoRoot, 'seeds', SEED_NAME);
const seedBytes = readFileSync(SEED);
const tmp = mkdtempSync(join(tmpdir(), 'newsroom-import-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli(argv);
  return { code, out: stdout, err: stderr };
}

/** Writes `bytes` to a fresh folder under its own name, so `source` in the report is the same. */
function file(folder: string, name: string, bytes: Uint8Array | string): string {
  const dir = join(tmp, folder);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const seedJson = async (): Promise<string> =>
  serializeNativeArticle(await importDraft({ bytes: new Uint8Array(seedBytes), name: SEED_NAME }));

describe('the newsroom bin, as `npx newsroom` runs it in a clone', () => {
  // package.json's bin is what npm runs; it must work from the sources, with no build step.
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = join(repoRoot, pkg.bin.newsroom!);
  const spawn = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('prints the seed article and exits 0', async () => {
    const r = spawn('import', join('seeds', SEED_NAME));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(await seedJson());
  });

  it('exits 2 with one line on stderr, no stack trace, for a file it cannot use', () => {
    const r = spawn('import', 'no/such/draft.txt');
    expect([r.status, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'newsroom import: no/such/draft.txt: no such file.\n',
    ]);
  });
});

describe('newsroom import --out', () => {
  it('writes the article JSON to the file and nothing to stdout', async () => {
    const out = join(tmp, 'seed.newsroom.json');
    const r = await run('import', SEED, '--out', out);
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(readFileSync(out, 'utf8')).toBe(await seedJson());
  });

  it('exits 2 in one line when the folder to write in does not exist', async () => {
    const out = join(tmp, 'missing-folder', 'seed.newsroom.json');
    const r = await run('import', SEED, '--out', out);
    expect(r).toEqual({ code: 2, out: '', err: `newsroom import: ${out}: no such file.\n` });
  });
});

describe('newsroom import: the encodings drafts arrive in', () => {
  const text = seedBytes.toString('utf8');
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  it.each([
    ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes])],
    ['utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['crlf', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')],
  ])('%s prints the same article as plain UTF-8', async (folder, bytes) => {
    const r = await run('import', file(folder, SEED_NAME, bytes));
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toBe(await seedJson());
  });
});

describe('newsroom import: input it cannot use exits 2 with one plain line', () => {
  const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', 'docx', name);
  // An .odt as LibreOffice starts it: a stored "mimetype" entry first (ZIP local header, 30 bytes).
  const mime = 'application/vnd.oasis.opendocument.text';
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(mime.length, 18);
  header.writeUInt32LE(mime.length, 22);
  header.writeUInt16LE('mimetype'.length, 26);
  const odt = Buffer.concat([header, Buffer.from(`mimetype${mime}`), Buffer.alloc(64)]);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const cases: [string, () => string, string][] = [
    ['a missing file', () => join(tmp, 'nope.txt'), `${join(tmp, 'nope.txt')}: no such file.`],
    ['a folder', () => tmp, `${tmp} is a folder, not a file.`],
    ['an empty file', () => file('empty', 'kosong.txt', ''), 'kosong.txt is empty.'],
    [
      'a binary file',
      () => file('binary', 'foto.txt', png),
      'foto.txt is a binary file, not a draft in a format Newsroom Desk imports.',
    ],
    [
      'a broken archive',
      () => fixture('truncated.docx'),
      'truncated.docx is a damaged Word document: its ZIP archive is incomplete or corrupt (was the download or copy cut short?).',
    ],
    [
      'invalid JSON',
      () => file('json', 'cut.newsroom.json', '{"schemaVersion": 1, "blocks": ['),
      'cut.newsroom.json is not valid JSON: Unexpected end of JSON input.',
    ],
    [
      'an article from a newer version',
      () => file('future', 'next.newsroom.json', '{"schemaVersion": 7, "blocks": []}'),
      'next.newsroom.json was written by a newer version of Newsroom Desk (schema 7; this version reads up to 1). Update the app to open it.',
    ],
    [
      'JSON that is no draft',
      () => file('feed', 'feed.json', '{"items": [{"title": "Banjir rob"}]}'),
      'feed.json is JSON but neither a Newsroom Desk article nor a ninjs news item.',
    ],
    [
      'an unsupported format',
      () => file('rtf', 'memo.rtf', '{\\rtf1\\ansi Harga beras naik.\\par}'),
      'memo.rtf is an RTF document; save it as Word (.docx) or plain text to import it.',
    ],
    [
      'an OpenDocument file',
      () => file('odt', 'naskah.odt', odt),
      'naskah.odt is an OpenDocument file (LibreOffice .odt or similar); save it as Word (.docx) to import it.',
    ],
    [
      'a Word 97 file',
      () =>
        file(
          'ole',
          'lama.doc',
          Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]),
        ),
      'lama.doc is an old Office file (Word 97–2003 .doc or similar); save it as .docx to import it.',
    ],
  ];

  it.each(cases)('%s', async (_label, path, message) => {
    const r = await run('import', path());
    expect(r).toEqual({ code: 2, out: '', err: `newsroom import: ${message}\n` });
  });
});

describe('newsroom import --profile <path>', () => {
  it('reads a YAML profile file: its time zone places the byline time, its conventions apply', async () => {
    const profile = file(
      'profile',
      'biro-makassar.yaml',
      [
        'id: biro-makassar',
        'extends: id',
        'timeZone: Asia/Makassar',
        'conventions:',
        '  boilerplate:',
        "    - '^awal september lalu\\b'",
      ].join('\n'),
    );
    const r = await run('import', SEED, '--profile', profile);
    expect([r.code, r.err]).toEqual([0, '']);
    const a = JSON.parse(r.out) as {
      byline: { published: string };
      metadata: { profile: string };
      blocks: { text?: string }[];
      importReport: { items: { reason: string; text: string }[] };
    };
    expect(a.byline.published).toBe('2025-09-29T18:33:00+08:00');
    expect(a.metadata.profile).toBe('biro-makassar');
    expect(a.blocks.some((b) => b.text?.startsWith('Awal September lalu'))).toBe(false);
    expect(
      a.importReport.items.filter((i) => i.text.startsWith('Awal September lalu')),
    ).toHaveLength(1);
  });

  it('exits 2 in one line for a profile name or file it cannot use', async () => {
    expect(await run('import', SEED, '--profile', 'fr')).toEqual({
      code: 2,
      out: '',
      err: 'newsroom import: --profile fr: no built-in profile of that name (known: id, en) and no such file.\n',
    });
    const bad = file('profile', 'rusak.yaml', 'id: rusak\nextends: id\ntimeZone: Asia/Atlantis\n');
    const r = await run('import', SEED, '--profile', bad);
    expect([r.code, r.out, r.err.split('\n').length]).toEqual([2, '', 2]);
    expect(r.err).toContain('Asia/Atlantis');
  });
});
