/**
 * Conformance of every export format, for the seed story and every sample draft in seeds/:
 * `html` and `fragment` pass the W3C Nu HTML checker (vnu-jar, CSS checked too) with no errors
 * and no warnings; `md` has front matter YAML readers accept and renders as Markdown; `text`
 * holds no markup or forbidden characters; ninjs and NewsML-G2 validate against the IPTC
 * schemas in ../shared/standards (skipped with a message when absent).
 *
 * The Nu checker runs once for all documents (the JVM start costs ~1 s), in `beforeAll`.
 * axe-core (WCAG 2.1 A/AA and best practices) checks the pages in jsdom; colour contrast needs
 * a real renderer, so it is left to the Playwright suite.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXPORTERS, getExporter } from '../../shared/export';
import type { Article } from '../../shared/model/article';
import { defaultProfileFor } from '../../shared/profiles';
import { seedArticle } from '../export/html/seedArticle';
import { SEED_FILES, importSeed } from '../export/ninjs/seedDrafts';
import { HOSTILE_URLS, PAYLOADS } from '../export/xss/payloads';
import { arbitraryArticle } from '../support/arbitraries';
import { CANARY_ERROR, inPage, javaOk, runNu, type NuMessage } from './nu';
import {
  standards,
  standardsSkipReason,
  validateNewsmlG2,
  validateNinjs31,
  xmllintSkipReason,
} from '../support/standards';

const javaSkipReason = javaOk ? '' : '(java not found: the Nu HTML checker is skipped)';
// Skipped tests' titles are not printed by the default reporter, so the reasons are said here.
for (const reason of [javaSkipReason, standardsSkipReason, xmllintSkipReason]) {
  if (reason) console.warn(`tests/conformance/html.test.ts: ${reason}`);
}
const now = new Date('2025-10-01T03:00:00Z');

/** Hostile drafts, as in the XSS suite, for the checker: escaped output must also be valid. */
function hostile(text: string, url: string): Article {
  const a = seedArticle();
  a.headline = text;
  a.subheadline = text;
  a.byline.authors = [{ name: text }];
  a.dateline = { place: text, source: text };
  a.credits.push({ name: text, role: 'contributor', note: text });
  a.blocks.push(
    {
      id: 'h1',
      type: 'paragraph',
      text,
      marks: [{ type: 'link', start: 0, end: text.length, href: url }],
    },
    { id: 'h2', type: 'figure', src: url, alt: text, caption: text, credit: text },
    { id: 'h3', type: 'related', label: text, title: text, url },
    { id: 'h4', type: 'list', ordered: false, items: [{ text, marks: [] }] },
    { id: 'h5', type: 'quote', text, marks: [], attribution: text },
  );
  return a;
}

interface Case {
  name: string;
  article: Article;
}

const cases: Case[] = [];
const unimportable: string[] = [];
const pages = new Map<string, string>();
let dir = '';
let messages: NuMessage[] = [];
let canary: NuMessage[] = [];

beforeAll(async () => {
  cases.push({ name: 'seed-fixture', article: seedArticle() });
  for (const file of SEED_FILES) {
    const article = await importSeed(file);
    if (article) cases.push({ name: `seeds/${file}`, article });
    else unimportable.push(file);
  }
  PAYLOADS.forEach((p, i) =>
    cases.push({
      name: `hostile-${i}`,
      article: hostile(p, HOSTILE_URLS[i % HOSTILE_URLS.length]!),
    }),
  );
  fc.sample(arbitraryArticle(), { numRuns: 25, seed: 42 }).forEach((article, i) =>
    cases.push({ name: `generated-${i}`, article }),
  );

  if (!javaOk) return;
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-nu-'));
  const files: string[] = [];
  cases.forEach((c, i) => {
    const profile = defaultProfileFor(c.article.language);
    for (const draft of [false, true]) {
      const html = String(getExporter('html')!.export(c.article, { profile, draft, now }));
      const fragment = String(getExporter('fragment')!.export(c.article, { profile, draft, now }));
      for (const [kind, content] of [
        ['html', html],
        ['fragment', inPage(fragment, 'id')],
      ] as const) {
        const file = path.join(dir, `${i}-${kind}-${draft ? 'draft' : 'final'}.html`);
        writeFileSync(file, content);
        pages.set(`file:${file}`, `${c.name} (${kind}, ${draft ? 'draft' : 'final'})`);
        files.push(file);
      }
    }
  });
  ({ messages, canary } = runNu(files, dir));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const describeMessage = (m: NuMessage) =>
  `${pages.get(m.url ?? '') ?? m.url}: line ${m.lastLine}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} [${m.extract ?? ''}]`;

describe.skipIf(!javaOk)(`html and fragment: W3C Nu HTML checker ${javaSkipReason}`.trim(), () => {
  it('checked every page, and catches a known error', () => {
    // Two formats, final and draft, for every case.
    expect(pages.size).toBe(cases.length * 4);
    expect(canary.map((m) => `${m.type}: ${m.message}`)).toEqual([CANARY_ERROR]);
    expect(cases.some((c) => c.name.startsWith('seeds/000_'))).toBe(true);
  });

  it('reports no errors', () => {
    const errors = messages.filter((m) => m.type !== 'info');
    expect(errors.map(describeMessage)).toEqual([]);
  });

  it('reports no warnings', () => {
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    expect(warnings.map(describeMessage)).toEqual([]);
  });
});

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axeViolations(html: string): Promise<AxeResults> {
  const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });
  dom.window.eval(axeSource);
  // axe-core puts itself on the page's window; jsdom's types do not know it.
  const axe = (
    dom.window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }
  ).axe;
  const results = await axe.run(dom.window.document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  });
  dom.window.close();
  return results;
}

describe('html: accessibility (axe-core)', () => {
  it('has no violations on the seed pages, final and draft', async () => {
    const found: string[] = [];
    let passes = 0;
    for (const c of cases.filter((x) => x.name.startsWith('seed'))) {
      for (const draft of [false, true]) {
        const html = String(
          getExporter('html')!.export(c.article, {
            profile: defaultProfileFor(c.article.language),
            draft,
            now,
          }),
        );
        const r = await axeViolations(html);
        passes += r.passes.length;
        for (const v of r.violations)
          found.push(
            `${c.name} (${draft ? 'draft' : 'final'}): ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
      }
    }
    expect(found).toEqual([]);
    expect(passes).toBeGreaterThan(0);
  }, 120_000);

  it('catches a known violation (an image without alt)', async () => {
    const r = await axeViolations(
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><img src="x.jpg"></main></body></html>',
    );
    expect(r.violations.map((v) => v.id)).toContain('image-alt');
  });
});

describe('every sample draft exports to every format', () => {
  it('imports every sample in seeds/', () => {
    expect(unimportable).toEqual([]);
  });

  it('md: front matter YAML parses to the article fields and the body renders', () => {
    const md = new MarkdownIt({ html: false });
    for (const c of cases.filter((x) => !x.name.startsWith('generated'))) {
      const text = String(
        getExporter('md')!.export(c.article, {
          profile: defaultProfileFor(c.article.language),
          now,
        }),
      );
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(m, c.name).not.toBeNull();
      const fm = parseYaml(m![1]!, { version: '1.1' }) as Record<string, unknown>;
      expect(fm.title, c.name).toBe(c.article.headline);
      expect(fm.lang, c.name).toBe(c.article.language);
      expect(() => md.render(text.slice(m![0].length)), c.name).not.toThrow();
    }
  });

  it('text: plain UTF-8 with no forbidden control characters', () => {
    for (const c of cases) {
      const text = String(
        getExporter('text')!.export(c.article, {
          profile: defaultProfileFor(c.article.language),
          now,
        }),
      );
      // eslint-disable-next-line no-control-regex -- looking for exactly these
      expect(text, c.name).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
      expect(text.endsWith('\n'), c.name).toBe(true);
    }
  });

  // Every case, hostile ones included: escaped markup and dropped links must leave valid items.
  it.skipIf(!standards.present)(
    `ninjs: valid ninjs 3.1 (IPTC schema) ${standardsSkipReason}`.trim(),
    () => {
      const ninjs = EXPORTERS.find((e) => e.id === 'ninjs');
      expect(ninjs).toBeDefined();
      for (const c of cases) {
        for (const draft of [false, true]) {
          const profile = defaultProfileFor(c.article.language);
          const out = ninjs!.export(c.article, { profile, now, draft });
          expect(validateNinjs31(String(out)), `${c.name} (draft: ${draft})`).toEqual({
            valid: true,
            errors: [],
          });
        }
      }
    },
  );

  it.skipIf(!standards.present || !standards.xmllint)(
    `newsml: valid NewsML-G2 2.35 (IPTC XSD) ${standardsSkipReason}${xmllintSkipReason}`.trim(),
    () => {
      const newsml = EXPORTERS.find((e) => e.id === 'newsml');
      expect(newsml).toBeDefined();
      for (const c of cases) {
        for (const draft of [false, true]) {
          const profile = defaultProfileFor(c.article.language);
          const out = newsml!.export(c.article, { profile, now, draft });
          expect(validateNewsmlG2(String(out)), `${c.name} (draft: ${draft})`).toEqual({
            valid: true,
            errors: [],
          });
        }
      }
    },
  );
});
