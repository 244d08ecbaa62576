import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run';
import { serializeNativeArticle } from '../../shared/import/native';
import type { Article } from '../../shared/model/article';
import { seedArticle } from '../export/html/seedArticle';
import { repoRoot } from '../support/standards';

const SEED = path.join(repoRoot, 'seeds', '000_96a0e40e744c17ac.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const run = (args: string[], tty = false): Promise<Run> => runCli(args, { tty });

/** The seed with a photo file and a link for its "Baca juga": nothing blocks it. */
function cleanArticle(): Article {
  const a = seedArticle();
  a.blocks = a.blocks.map((b) => {
    if (b.type === 'figure')
      return { ...b, src: 'https://example.com/foto/1.jpg', alt: 'Wang Yi dan Choe Son-hui' };
    if (b.type === 'related') return { ...b, url: 'https://example.com/berita/2' };
    return b;
  });
  return a;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-export-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

describe('newsroom export: the error gate', () => {
  it('refuses the seed draft, lists its errors and writes nothing', async () => {
    const out = path.join(dir, 'out.html');
    const r = await run(['export', SEED, '--to', 'html', '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    const lines = r.stderr.trim().split('\n');
    const errors = lines.filter((l) => / error /.test(l));
    expect(errors.length).toBeGreaterThan(0);
    for (const l of errors) {
      // file:where: severity rule-id message, as `newsroom check` prints it
      expect(l).toMatch(
        /^\S*000_96a0e40e744c17ac\.txt:(block \d+( [a-zA-Z.0-9]+)?|[a-zA-Z.0-9]+)(, chars \d+-\d+)?: error [a-z-]+\/[a-z-]+ \S/,
      );
    }
    expect(r.stderr).toContain(': error related/missing-url ');
    expect(r.stderr).toContain('not exported');
    expect(r.stderr).toContain('--allow-errors');
  });

  it('makes no output folder for a draft that errors block', async () => {
    const out = path.join(dir, 'exports', 'today');
    const r = await run(['export', SEED, '--to', 'html,md,ninjs,newsml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'exported 0 files to 4 formats (html, md, ninjs, newsml), blocked 1, failed 0',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('marks every format as a draft with --allow-errors, each in its own way', async () => {
    const out = path.join(dir, 'out');
    const r = await run([
      'export',
      SEED,
      '--to',
      'html,fragment,md,text,ninjs,newsml',
      '--out',
      out,
      '--allow-errors',
    ]);
    expect(r.code).toBe(0);
    const file = (ending: string) =>
      readFileSync(path.join(out, `000_96a0e40e744c17ac${ending}`), 'utf8');
    expect(readdirSync(out).sort()).toEqual([
      '000_96a0e40e744c17ac.fragment.html',
      '000_96a0e40e744c17ac.html',
      '000_96a0e40e744c17ac.md',
      '000_96a0e40e744c17ac.newsml.xml',
      '000_96a0e40e744c17ac.ninjs.json',
      '000_96a0e40e744c17ac.txt',
    ]);
    expect(file('.html')).toContain('<meta name="robots" content="noindex">');
    expect(file('.fragment.html')).toMatch(/^<p class="draft-marker" role="note"><strong>DRAF</);
    expect(file('.md')).toContain('\ndraft: true\n---\n');
    expect(file('.txt')).toMatch(/^DRAF — belum untuk diterbitkan/);
    const ninjs = JSON.parse(file('.ninjs.json')) as { pubStatus: string; edNote: string };
    expect([ninjs.pubStatus, ninjs.edNote]).toEqual([
      'withheld',
      'DRAF: belum untuk diterbitkan: naskah ini masih memuat kesalahan.',
    ]);
    expect(file('.newsml.xml')).toContain('<pubStatus qcode="stat:withheld"/>');
  });

  it('stops with exit 2 when the output folder cannot be made, writing nothing', async () => {
    const blocker = write('taken', 'a file where the folder should go');
    const input = write('banjir.newsroom.json', serializeNativeArticle(cleanArticle()));
    const r = await run(['export', input, '--to', 'html,md', '--out', path.join(blocker, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `newsroom export: ${path.join(blocker, 'out')}: a file is in the way; the output folder cannot be made.\n`,
    );
    expect(readdirSync(dir).sort()).toEqual(['banjir.newsroom.json', 'taken']);
  });

  it('lists the errors in Indonesian with --lang id', async () => {
    const r = await run(['export', SEED, '--to', 'html', '--lang', 'id']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${SEED}:blok 10 url: kesalahan related/missing-url Tautan terkait "Korea Utara Tegaskan`,
    );
    expect(r.stdout).toBe('');
  });

  it('exports the same draft with --allow-errors, marked as a draft', async () => {
    const out = path.join(dir, 'out.html');
    const r = await run(['export', SEED, '--to', 'html', '--out', out, '--allow-errors']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<strong>DRAF</strong>');
    expect(html).toContain(
      '<h1>Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing</h1>',
    );
    expect(r.stderr).toMatch(/exported as a DRAFT despite \d+ errors?\./);
    expect(r.stderr).toContain('exported 1 file to 1 format (html), blocked 0, failed 0\n');
  });

  it('follows the house profile: rules it turns off or down do not block', async () => {
    const profile = write(
      'desk.yaml',
      'extends: id\nid: desk\nname: Desk\nrules:\n  figure/missing-image: warning\n  related/missing-url: "off"\n',
    );
    const out = path.join(dir, 'seed.txt');
    const r = await run(['export', SEED, '--to', 'text', '--out', out, '--profile', profile]);
    expect(r.stderr).toBe('exported 1 file to 1 format (text), blocked 0, failed 0\n');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Tiongkok dan Korea Utara/);
  });

  it('writes a clean draft to every format, named after the input', async () => {
    const input = write('banjir.newsroom.json', serializeNativeArticle(cleanArticle()));
    const out = path.join(dir, 'out');
    const r = await run(['export', input, '--to', 'html,fragment,md,text', '--out', out]);
    expect(r.stderr).toBe(
      'exported 1 file to 4 formats (html, fragment, md, text), blocked 0, failed 0\n',
    );
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'banjir.fragment.html',
      'banjir.html',
      'banjir.md',
      'banjir.txt',
    ]);
    expect(readFileSync(path.join(out, 'banjir.txt'), 'utf8')).toMatch(/^Tiongkok dan Korea Utara/);
    expect(readFileSync(path.join(out, 'banjir.html'), 'utf8')).not.toContain('noindex');
  });

  it('prints one draft in one format to standard output', async () => {
    const input = write('banjir.newsroom.json', serializeNativeArticle(cleanArticle()));
    const r = await run(['export', input, '--to', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\ntitle: Tiongkok dan Korea Utara/);
    expect(r.stderr).toBe('');
    expect(readdirSync(dir)).toEqual(['banjir.newsroom.json']);
  });
});

describe('newsroom export: batches', () => {
  beforeEach(() => {
    write('drafts/a-clean.newsroom.json', serializeNativeArticle(cleanArticle()));
    write('drafts/b-errors.newsroom.json', serializeNativeArticle(seedArticle()));
    write('drafts/c-broken.newsroom.json', '{"schemaVersion": 1, "blocks": [');
    write('drafts/.hidden', 'not a draft');
  });

  it('exports what it can, blocks and fails the rest, and sums up', async () => {
    const out = path.join(dir, 'out');
    const r = await run(['export', path.join(dir, 'drafts'), '--to', 'html,md', '--out', out]);
    expect(r.code).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['a-clean.html', 'a-clean.md']);
    expect(r.stderr).toContain(
      `${path.join(dir, 'drafts', 'b-errors.newsroom.json')}:block 1 src: error figure/missing-image `,
    );
    expect(r.stderr).toContain(
      `${path.join(dir, 'drafts', 'c-broken.newsroom.json')} is not valid JSON`,
    );
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'exported 1 file to 2 formats (html, md), blocked 1, failed 1',
    );
    // Atomic writes leave no temp files behind.
    expect(readdirSync(out).filter((f) => f.includes('.newsroom-tmp-'))).toEqual([]);
  });

  it('exits 1 when drafts are only blocked', async () => {
    rmSync(path.join(dir, 'drafts', 'c-broken.newsroom.json'));
    const r = await run([
      'export',
      path.join(dir, 'drafts'),
      '--to',
      'text',
      '--out',
      path.join(dir, 'out'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'exported 1 file to 1 format (text), blocked 1, failed 0',
    );
  });

  it('shows progress as one updating line on a terminal', async () => {
    const r = await run(
      ['export', path.join(dir, 'drafts'), '--to', 'html', '--out', path.join(dir, 'out')],
      true,
    );
    expect(r.stderr).toContain('\r\x1b[K[1/3] a-clean.newsroom.json');
    expect(r.stderr).toContain('\r\x1b[K[3/3] c-broken.newsroom.json');
    // No progress noise when standard error is not a terminal.
    const quiet = await run([
      'export',
      path.join(dir, 'drafts'),
      '--to',
      'html',
      '--out',
      path.join(dir, 'out2'),
    ]);
    expect(quiet.stderr).not.toContain('\x1b[K');
  });

  it('gives a shared output name to the first draft in name order, every time', async () => {
    write('same/story.md', '---\ntitle: Banjir rob\nlang: id\n---\n\nAir laut naik.\n');
    write('same/story.txt', 'Harga beras naik\n\nHarga beras naik lagi pekan ini.\n');
    const out = path.join(dir, 'out');
    const r = await run([
      'export',
      path.join(dir, 'same'),
      '--to',
      'html',
      '--out',
      out,
      '--allow-errors',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${path.join(dir, 'same', 'story.txt')}: ${path.join(out, 'story.html')} is already the export of ${path.join(dir, 'same', 'story.md')}; use separate folders.`,
    );
    expect(readFileSync(path.join(out, 'story.html'), 'utf8')).toContain('<h1>Banjir rob</h1>');
  });

  it('never overwrites a draft with its own export', async () => {
    const md = write('notes/story.md', '---\ntitle: Banjir rob\nlang: id\n---\n\nAir laut naik.\n');
    write('notes/other.md', '---\ntitle: Harga beras\nlang: id\n---\n\nHarga naik.\n');
    const before = readFileSync(md, 'utf8');
    const r = await run(['export', path.join(dir, 'notes'), '--to', 'md', '--allow-errors']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would overwrite the draft');
    expect(readFileSync(md, 'utf8')).toBe(before);
  });
});

describe('newsroom export: usage', () => {
  it.each([
    [['export', SEED], /--to is required/],
    [
      ['export', SEED, '--to', 'pdf'],
      /unknown export format "pdf" \(known: html, fragment, md, text/,
    ],
    [['export', '--to', 'html'], /expected at least one file or folder/],
    [['export', SEED, '--to', 'html', '--lang', 'fr'], /--lang must be en or id, not "fr"/],
    [['export', '/no/such/draft.txt', '--to', 'html'], /\/no\/such\/draft\.txt: no such file\./],
  ])('%j exits 2 with a plain message', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is listed in the help', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toMatch(/\n {2}export {5}Check drafts and export them/);
  });
});
