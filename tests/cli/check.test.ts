import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNativeArticle } from '../../shared/import/native';
import { runCli } from './run';

const repoRoot = join(import.meta.dirname, '..', '..');
const SEED = join('seeds', '000_96a0e40e744c17ac.txt');
const CLEAN = join('tests', 'fixtures', 'rules', 'clean.newsroom.json');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli(argv, { cwd: repoRoot });
  return { code, out: stdout, err: stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('newsroom check', () => {
  it('prints one line per finding on the seed and exits 1 for its errors', async () => {
    const { code, out, err } = await run('check', SEED);
    expect(err).toBe('');
    expect(out).toBe(
      [
        `${SEED}:block 1 src: error figure/missing-image The photo has no image file or address.`,
        `${SEED}:block 1 alt: warning figure/missing-alt The photo has no alternative text for screen readers.`,
        `${SEED}:block 10 url: error related/missing-url The related link "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'" has no address.`,
        `${SEED}:block 10 title, chars 63-72: warning text/unbalanced-quotes The quotation opened with ‘ is closed with '. [fix: Replace ' with ’]`,
        '2 errors, 2 warnings, 0 notes',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('colours severities only when writing to a terminal', async () => {
    const { stdout: out } = await runCli(['check', SEED], { tty: true, cwd: repoRoot });
    expect(out.split('\n')[0]).toBe(
      `${SEED}:block 1 src: \u001b[31merror\u001b[0m \u001b[2mfigure/missing-image\u001b[0m The photo has no image file or address.`,
    );
  });

  it('explains itself with --help', async () => {
    const { code, out } = await run('check', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: newsroom check <files or folders…>/);
    expect(out).toContain(
      'Exit status: 0 no errors, 1 errors found, 2 a file could not be read or imported.',
    );
  });

  it('speaks Indonesian with --lang id', async () => {
    const { out } = await run('check', SEED, '--lang', 'id');
    // The words around the finding too: where it is, and the fix on offer.
    expect(out.split('\n')).toEqual([
      `${SEED}:blok 1 src: kesalahan figure/missing-image Foto belum memiliki berkas atau alamat gambar.`,
      `${SEED}:blok 1 alt: peringatan figure/missing-alt Foto belum memiliki teks alternatif untuk pembaca layar.`,
      `${SEED}:blok 10 url: kesalahan related/missing-url Tautan terkait "Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen'" belum memiliki alamat.`,
      `${SEED}:blok 10 title, karakter 63-72: peringatan text/unbalanced-quotes Kutipan yang dibuka dengan ‘ ditutup dengan '. [perbaikan: Ganti ' dengan ’]`,
      '2 kesalahan, 2 peringatan, 0 catatan',
      '',
    ]);
  });

  it('exits 0 on a clean draft', async () => {
    const { code, out } = await run('check', CLEAN);
    expect([code, out]).toEqual([0, 'No problems found.\n']);
  });

  it('gives JSON records with file, rule, severity, message, location and fixes', async () => {
    const { code, out } = await run('check', SEED, CLEAN, '--format', 'json');
    expect(code).toBe(1);
    const records = JSON.parse(out) as unknown[];
    expect(records).toHaveLength(4);
    expect(records[3]).toEqual({
      file: SEED,
      ruleId: 'text/unbalanced-quotes',
      severity: 'warning',
      message: "The quotation opened with ‘ is closed with '.",
      location: { blockIndex: 9, blockId: 'b10', field: 'title', start: 62, end: 72 },
      fixes: [{ id: 'replaceClosing', title: "Replace ' with ’", safe: true }],
    });
    expect(records[0]).toEqual({
      file: SEED,
      ruleId: 'figure/missing-image',
      severity: 'error',
      message: 'The photo has no image file or address.',
      location: { blockIndex: 0, blockId: 'b1', field: 'src' },
    });
  });

  it('gives SARIF 2.1.0 with the rule table, levels and logical locations', async () => {
    const { code, out } = await run('check', SEED, '--format', 'sarif', '--lang', 'id');
    expect(code).toBe(1);
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    const rules = run0.tool.driver.rules as {
      id: string;
      help: { text: string };
      defaultConfiguration: { level: string };
    }[];
    expect(rules.length).toBe(34);
    const quotes = rules.find((r) => r.id === 'text/unbalanced-quotes')!;
    expect(quotes.help.text).toMatch(/^Tanda petik berpasangan\./);
    expect(quotes.defaultConfiguration.level).toBe('warning');
    expect(rules.find((r) => r.id === 'text/double-space')!.defaultConfiguration.level).toBe(
      'note',
    );
    expect(run0.artifacts).toEqual([{ location: { uri: 'seeds/000_96a0e40e744c17ac.txt' } }]);
    const results = run0.results as Record<string, unknown>[];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['figure/missing-image', 'error'],
      ['figure/missing-alt', 'warning'],
      ['related/missing-url', 'error'],
      ['text/unbalanced-quotes', 'warning'],
    ]);
    expect(results[3]).toMatchObject({
      ruleIndex: rules.findIndex((r) => r.id === 'text/unbalanced-quotes'),
      message: { text: "Kutipan yang dibuka dengan ‘ ditutup dengan '." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'seeds/000_96a0e40e744c17ac.txt', index: 0 },
          },
          logicalLocations: [
            { name: 'b10', fullyQualifiedName: 'blocks[9].title', kind: 'element' },
          ],
        },
      ],
      properties: { blockIndex: 9, blockId: 'b10', field: 'title', start: 62, end: 72 },
    });
  });

  it('applies a profile file: rules off, severities changed', async () => {
    const profile = join(tmp, 'house.yaml');
    writeFileSync(
      profile,
      [
        'extends: id',
        'id: house',
        'name: House',
        'rules:',
        '  figure/missing-image: "off"',
        '  related/missing-url: warning',
        '  no/such-rule: error',
        '',
      ].join('\n'),
    );
    const { code, out, err } = await run('check', SEED, '--profile', profile, '--format', 'json');
    expect(err).toBe(
      `newsroom check: warning: profile house: rules.no/such-rule: no such rule (see \`newsroom check --list-rules\`).\n`,
    );
    const records = JSON.parse(out) as { ruleId: string; severity: string }[];
    expect(records.map((r) => [r.ruleId, r.severity])).toEqual([
      ['figure/missing-alt', 'warning'],
      ['related/missing-url', 'warning'],
      ['text/unbalanced-quotes', 'warning'],
    ]);
    expect(code).toBe(0);
  });

  it('refuses an invalid profile with exit 2, naming the bad key, and checks nothing', async () => {
    const profile = join(tmp, 'bad-zone.yaml');
    writeFileSync(
      profile,
      ['extends: id', 'id: bad', 'name: Bad', 'timeZone: Asia/Jakrta', ''].join('\n'),
    );
    const { code, out, err } = await run('check', SEED, '--profile', profile);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(
      `newsroom check: ${profile}: timeZone: not a known time zone: "Asia/Jakrta" (an IANA name such as "Asia/Jakarta", or "UTC", "UTC+7")\n`,
    );
  });

  it('names the built-in profiles when --profile is neither one of them nor a file', async () => {
    const { code, out, err } = await run('check', SEED, '--profile', 'fr');
    expect([code, out, err]).toEqual([
      2,
      '',
      'newsroom check: --profile fr: no built-in profile of that name (known: id, en) and no such file.\n',
    ]);
    // A built-in name is taken as the profile, never looked for as a file.
    expect((await run('check', CLEAN, '--profile', 'en')).code).toBe(0);
  });

  it('exits 2 for a file it cannot read, still checking the others', async () => {
    const { code, out, err } = await run('check', 'no-such-draft.txt', CLEAN, '--format', 'json');
    expect(code).toBe(2);
    expect(err).toBe('newsroom check: no-such-draft.txt: no such file.\n');
    expect(JSON.parse(out)).toEqual([]);
  });

  it('names the files it could not check in SARIF tool notifications', async () => {
    const { code, out } = await run('check', 'no-such-draft.txt', SEED, '--format', 'sarif');
    expect(code).toBe(2);
    const run0 = JSON.parse(out).runs[0];
    expect(run0.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'no-such-draft.txt: no such file.' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'no-such-draft.txt', index: 0 } } },
            ],
          },
        ],
      },
    ]);
    expect(run0.results).toHaveLength(4);
    expect(run0.results[0].locations[0].physicalLocation.artifactLocation.index).toBe(1);
  });

  it('exits 2 for a binary file and for bad options', async () => {
    const bin = join(tmp, 'photo.jpg');
    writeFileSync(bin, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0x4a, 0x46, 0x49, 0x46, 0]));
    expect((await run('check', bin)).code).toBe(2);
    const bad = await run('check', SEED, '--format', 'xml');
    expect([bad.code, bad.err]).toEqual([
      2,
      'newsroom check: --format must be one of text, json, sarif, not "xml".\n',
    ]);
    expect((await run('check', SEED, '--lang', 'fr')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
  });

  it('checks every draft directly inside a folder, in name order', async () => {
    const folder = join(tmp, 'inbox');
    mkdirSync(folder);
    copyFileSync(join(repoRoot, CLEAN), join(folder, 'b-clean.newsroom.json'));
    copyFileSync(join(repoRoot, SEED), join(folder, 'a-seed.txt'));
    writeFileSync(join(folder, '.hidden.txt'), 'x');
    const { code, out } = await run('check', folder, '--format', 'sarif');
    expect(code).toBe(1);
    const sarif = JSON.parse(out);
    expect(
      sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri),
    ).toEqual([
      `file://${join(folder, 'a-seed.txt')}`,
      `file://${join(folder, 'b-clean.newsroom.json')}`,
    ]);
    expect(sarif.runs[0].results).toHaveLength(4);
  });

  it('lists the rules', async () => {
    const { code, out } = await run('check', '--list-rules');
    expect(code).toBe(0);
    expect(out.split('\n').filter(Boolean)).toHaveLength(34);
    expect(out).toMatch(/^related\/missing-url +error +Every related link has an address\.$/m);
  });
});

describe('newsroom fix', () => {
  it('applies the safe fixes and writes <name>.newsroom.json beside the draft', async () => {
    const draft = join(tmp, 'seed.txt');
    copyFileSync(join(repoRoot, SEED), draft);
    const { code, out } = await run('fix', draft);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `${draft}:block 10 title, chars 63-72: text/unbalanced-quotes: Replace ' with ’`,
        `Applied 1 fix. Wrote ${join(tmp, 'seed.newsroom.json')}. 2 errors, 1 warning, 0 notes`,
        '',
      ].join('\n'),
    );
    const fixed = parseNativeArticle(readFileSync(join(tmp, 'seed.newsroom.json'), 'utf8'));
    const related = fixed.blocks[9]!;
    expect(related.type === 'related' && related.title).toBe(
      'Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
    );
    // The source draft is untouched.
    expect(readFileSync(draft, 'utf8')).toBe(readFileSync(join(repoRoot, SEED), 'utf8'));
  });

  it('fixes only the named rules with --rule, into --out', async () => {
    const draft = join(tmp, 'spaces.newsroom.json');
    const a = parseNativeArticle(readFileSync(join(repoRoot, CLEAN), 'utf8'));
    const b2 = a.blocks[1]!;
    if (b2.type === 'paragraph')
      b2.text = b2.text.replace('kembali menggenangi', 'kembali  menggenangi');
    a.dateline = { place: 'Semarang:' };
    writeFileSync(draft, JSON.stringify(a));
    const out = join(tmp, 'spaces-fixed.newsroom.json');
    const r = await run('fix', draft, '--rule', 'text/double-space', '--out', out);
    expect(r.code).toBe(0);
    const fixed = parseNativeArticle(readFileSync(out, 'utf8'));
    expect(fixed.blocks[1]).toEqual(
      a.blocks[1] && {
        ...a.blocks[1],
        text: (a.blocks[1] as { text: string }).text.replace('  ', ' '),
      },
    );
    expect(fixed.dateline).toEqual({ place: 'Semarang:' });
  });

  it('fixes a native article in place', async () => {
    const draft = join(tmp, 'inplace.newsroom.json');
    const a = parseNativeArticle(readFileSync(join(repoRoot, CLEAN), 'utf8'));
    a.dateline = { place: 'semarang' };
    writeFileSync(draft, JSON.stringify(a));
    expect((await run('fix', draft)).code).toBe(0);
    expect(parseNativeArticle(readFileSync(draft, 'utf8')).dateline).toEqual({ place: 'Semarang' });
  });

  it('never overwrites a non-native file', async () => {
    const draft = join(tmp, 'keep.txt');
    copyFileSync(join(repoRoot, SEED), draft);
    const same = await run('fix', draft, '--out', draft);
    expect(same.code).toBe(2);
    expect(same.err).toBe(
      `newsroom fix: ${draft} is the source draft; fix never overwrites it. Choose another --out.\n`,
    );
    const other = join(tmp, 'notes.md');
    writeFileSync(other, '# my notes\n');
    const r = await run('fix', draft, '--out', other);
    expect(r.code).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe('# my notes\n');
  });

  it('refuses an unknown rule', async () => {
    const r = await run('fix', SEED, '--rule', 'text/nope');
    expect([r.code, r.err]).toEqual([
      2,
      'newsroom fix: --rule: no rule "text/nope" (see `newsroom check --list-rules`).\n',
    ]);
  });
});
