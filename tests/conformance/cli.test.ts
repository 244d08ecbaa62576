/**
 * Conformance of the files users actually get: `newsroom export seeds/ --to <all six formats>
 * --allow-errors` writes every sample draft (the seed story among them) to disk, and those very
 * bytes are checked by the official validators: the W3C Nu HTML checker for pages and fragments
 * (a fragment inside a minimal page, as a CMS template would hold it), the IPTC ninjs 3.1 JSON
 * Schema and the NewsML-G2 2.35 XSD. Drafts that errors would block come out as marked drafts,
 * clean ones as final copy, so both states are checked. Each validator's part skips with a
 * message when its tool or ../shared/standards is missing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { main, type CommandIO } from '../../electron/cli/main';
import { EXPORTERS } from '../../shared/export';
import {
  repoRoot,
  standards,
  standardsSkipReason,
  validateNewsmlG2,
  validateNinjs31,
  xmllintSkipReason,
} from '../support/standards';
import { SEED_FILES } from '../export/ninjs/seedDrafts';
import { CANARY_ERROR, inPage, javaOk, runNu, type NuMessage } from './nu';

const javaSkipReason = javaOk ? '' : '(java not found: the Nu HTML checker part is skipped)';
if (!javaOk) console.warn(`tests/conformance/cli.test.ts: ${javaSkipReason}`);
if (standardsSkipReason) console.warn(`tests/conformance/cli.test.ts: ${standardsSkipReason}`);
if (xmllintSkipReason) console.warn(`tests/conformance/cli.test.ts: ${xmllintSkipReason}`);

const SEED = '000_96a0e40e744c17ac.txt';
const FORMATS = EXPORTERS.map((e) => e.id);

let dir = '';
let out = '';
let code = -1;
let stderr = '';
/** Output file base names, one per draft, in name order. */
let bases: string[] = [];
const nuNames = new Map<string, string>();
let nu: NuMessage[] = [];
let nuCanary: NuMessage[] = [];

const outputBase = (file: string) => {
  if (file.endsWith('.newsroom.json')) return file.slice(0, -'.newsroom.json'.length);
  return file.slice(0, file.lastIndexOf('.'));
};
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-cli-conformance-'));
  out = path.join(dir, 'out');
  const io: CommandIO = { stdout: () => {}, stderr: (s) => void (stderr += s), isTTY: false };
  code = await main(
    [
      'export',
      path.join(repoRoot, 'seeds'),
      '--to',
      FORMATS.join(','),
      '--out',
      out,
      '--allow-errors',
    ],
    io,
  );
  bases = SEED_FILES.map(outputBase);

  if (!javaOk) return;
  const files: string[] = [];
  for (const base of bases) {
    const pagePath = path.join(out, `${base}.html`);
    nuNames.set(`file:${pagePath}`, `${base}.html`);
    files.push(pagePath);
    const lang = /<html lang="([^"]+)"/.exec(read(`${base}.html`))?.[1] ?? 'und';
    const wrapped = path.join(dir, `${base}.fragment-in-page.html`);
    writeFileSync(wrapped, inPage(read(`${base}.fragment.html`), lang));
    nuNames.set(`file:${wrapped}`, `${base}.fragment.html`);
    files.push(wrapped);
  }
  ({ messages: nu, canary: nuCanary } = runNu(files, dir));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('newsroom export of every sample draft, as written to disk', () => {
  it('writes all six formats for every draft, the seed story included', () => {
    expect(stderr.trim().split('\n').at(-1)).toBe(
      `exported ${SEED_FILES.length} files to 6 formats (${FORMATS.join(', ')}), blocked 0, failed 0`,
    );
    expect(code).toBe(0);
    expect(FORMATS).toEqual(['html', 'fragment', 'md', 'text', 'ninjs', 'newsml']);
    expect(SEED_FILES).toContain(SEED);
    const expected = bases.flatMap((b) => EXPORTERS.map((e) => `${b}${e.extension}`)).sort();
    expect(readdirSync(out).sort()).toEqual(expected);
  });

  it('is the shared seed story, byte for byte, when ../shared/seeds is present', (ctx) => {
    const shared = path.resolve(repoRoot, '..', 'shared', 'seeds', SEED);
    let theirs: Buffer;
    try {
      theirs = readFileSync(shared);
    } catch {
      return ctx.skip(`${shared} not found`);
    }
    expect(readFileSync(path.join(repoRoot, 'seeds', SEED)).equals(theirs)).toBe(true);
  });

  it('marks exactly the drafts that errors would have blocked, in every format', () => {
    const drafts = bases.filter((b) => read(`${b}.html`).includes('content="noindex"'));
    // The seed has no photo file and an unlinked "Baca juga": it must be among the drafts.
    expect(drafts).toContain(outputBase(SEED));
    for (const b of bases) {
      const draft = drafts.includes(b);
      const ninjs = JSON.parse(read(`${b}.ninjs.json`)) as { pubStatus: string };
      expect([b, ninjs.pubStatus]).toEqual([b, draft ? 'withheld' : 'usable']);
      expect([b, read(`${b}.newsml.xml`).includes('<pubStatus qcode="stat:withheld"/>')]).toEqual([
        b,
        draft,
      ]);
      expect([b, /\ndraft: true\n---\n/.test(read(`${b}.md`))]).toEqual([b, draft]);
      expect([b, read(`${b}.fragment.html`).startsWith('<p class="draft-marker"')]).toEqual([
        b,
        draft,
      ]);
    }
  });

  describe.skipIf(!javaOk)(
    `html and fragment: W3C Nu HTML checker ${javaSkipReason}`.trim(),
    () => {
      it('checked every page and fragment, and catches a known error', () => {
        expect(nuNames.size).toBe(bases.length * 2);
        expect(nu.filter((m) => m.type === 'non-document-error')).toEqual([]);
        expect(nuCanary.map((m) => `${m.type}: ${m.message}`)).toEqual([CANARY_ERROR]);
      });

      it('reports no errors and no warnings', () => {
        const problems = nu
          .filter((m) => m.type === 'error' || m.subType === 'warning')
          .map((m) => `${nuNames.get(m.url ?? '') ?? m.url}:${m.lastLine}: ${m.message}`);
        expect(problems).toEqual([]);
      });
    },
  );

  it.skipIf(!standards.present)(`ninjs: valid ninjs 3.1 ${standardsSkipReason}`.trim(), () => {
    for (const b of bases) {
      expect([b, validateNinjs31(read(`${b}.ninjs.json`))]).toEqual([
        b,
        { valid: true, errors: [] },
      ]);
    }
  });

  it.skipIf(!standards.present || !standards.xmllint)(
    `newsml: valid NewsML-G2 2.35 ${standardsSkipReason}${xmllintSkipReason}`.trim(),
    () => {
      for (const b of bases) {
        expect([b, validateNewsmlG2(read(`${b}.newsml.xml`))]).toEqual([
          b,
          { valid: true, errors: [] },
        ]);
      }
    },
  );

  it('md: the front matter is YAML that names the story, and the text has no control characters', () => {
    for (const b of bases) {
      const md = read(`${b}.md`);
      const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
      expect([b, m !== null]).toEqual([b, true]);
      const fm = parseYaml(m![1]!, { version: '1.1' }) as Record<string, unknown>;
      expect([b, typeof fm.title, typeof fm.lang]).toEqual([b, 'string', 'string']);
      // eslint-disable-next-line no-control-regex -- looking for exactly these
      expect([b, /[\u0000-\u0008\u000B-\u001F\u007F]/.test(read(`${b}.txt`))]).toEqual([b, false]);
    }
  });
});
