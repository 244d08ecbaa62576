/**
 * The XSS corpus (tests/fixtures/xss/corpus.json) imported as HTML, Markdown and plain-text
 * drafts, exported to an HTML page, and loaded in a real Chromium with the network blocked and
 * alert/confirm/prompt hooked: nothing may run and nothing may be fetched, except the picture of
 * a figure the draft itself declared (an <img src> in a draft is a photo to the importer, and the
 * page shows it; those are counted apart and must be images of figures). The jsdom checks of
 * the exporter alone (and DOMPurify finding nothing to remove) are in tests/export/xss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlExporter } from '../../shared/export/html';
import { importDraft } from '../../shared/import';
import { getBuiltinProfile } from '../../shared/profiles';
import { repoRoot } from '../services/support';
import { hasChromium, liveSurface, openTrap, PAGE_URL, type Trap } from './chromium';

const corpus = JSON.parse(
  readFileSync(join(repoRoot, 'tests', 'fixtures', 'xss', 'corpus.json'), 'utf8'),
) as { payloads: string[]; links: string[] };
const profile = getBuiltinProfile('id');
/** CI loads the publish page; the soak (NEWSROOM_SOAK=1) also loads the marked draft page. */
const DRAFT_VARIANTS = process.env.NEWSROOM_SOAK === '1' ? [false, true] : [false];
const enc = (s: string) => new TextEncoder().encode(s);
const attr = (s: string) => s.replace(/&(?![#a-zA-Z])/g, '&amp;').replace(/"/g, '&quot;');

/** The same payload as the three kinds of draft that carry markup or text. */
export function drafts(payload: string, link: string): { name: string; text: string }[] {
  return [
    {
      name: 'banjir.html',
      text: `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Banjir rob</title></head><body><article><h1>Banjir rob genangi pesisir utara</h1><p>SEMARANG — Air laut naik sejak pagi. ${payload}</p><p>Baca juga <a href="${attr(link)}">berita terkait</a> di sini.</p></article></body></html>`,
    },
    {
      name: 'banjir.md',
      text: `# Banjir rob genangi pesisir utara\n\nSEMARANG — Air laut naik sejak pagi. ${payload}\n\n${payload}\n\nBaca juga [berita terkait](${link}) di sini.\n`,
    },
    {
      name: 'banjir.txt',
      text: `Banjir rob genangi pesisir utara\n\nSEMARANG — Air laut naik sejak pagi. ${payload}\n\n${payload}\n\nBaca juga: ${link}\n`,
    },
  ];
}

describe.skipIf(!hasChromium)('XSS corpus: import → export HTML → Chromium', () => {
  let trap: Trap;
  beforeAll(async () => {
    trap = await openTrap();
  }, 60_000);
  afterAll(async () => trap?.close());

  it('the trap works: a page that does run script and fetch is caught', async () => {
    await trap.load(
      '<!doctype html><p>x</p><img src="https://evil.example/p.gif"><script>alert("canary")</script>',
    );
    expect(trap.executions).toEqual([`alert(canary) in https://newsroom.test/article.html`]);
    expect(trap.requests).toEqual(['image https://evil.example/p.gif']);
    trap.executions.length = 0;
    trap.requests.length = 0;
  });

  it(`none of the ${corpus.payloads.length} payloads or ${corpus.links.length} link tricks runs or fetches anything`, async () => {
    const cases = corpus.payloads.flatMap((p, i) =>
      drafts(p, corpus.links[i % corpus.links.length]!).map((d) => ({ ...d, payload: p })),
    );
    for (const link of corpus.links) {
      cases.push({ ...drafts('Paragraf biasa.', link)[0]!, payload: `link ${link}` });
    }
    const problems: string[] = [];
    let declaredPictures = 0;
    for (const c of cases) {
      const article = await importDraft({ bytes: enc(c.text), name: c.name });
      const pictures = article.blocks.flatMap((b) =>
        b.type === 'figure' && b.src ? [`image ${new URL(b.src, PAGE_URL).href}`] : [],
      );
      for (const draft of DRAFT_VARIANTS) {
        const html = String(htmlExporter.export(article, { profile, draft }));
        const before = { runs: trap.executions.length, fetches: trap.requests.length };
        await trap.load(html);
        const surface = await liveSurface(trap.page);
        const where = `${c.name}${draft ? ' (draft)' : ''} with ${JSON.stringify(c.payload)}`;
        if (trap.executions.length > before.runs)
          problems.push(`${where}: ran ${trap.executions.slice(before.runs).join(', ')}`);
        const fetched = trap.requests.slice(before.fetches);
        declaredPictures += fetched.filter((r) => pictures.includes(r)).length;
        const undeclared = fetched.filter((r) => !pictures.includes(r));
        if (undeclared.length) problems.push(`${where}: fetched ${undeclared.join(', ')}`);
        if (
          surface.scripts ||
          surface.handlers.length ||
          surface.unsafeUrls.length ||
          surface.embeds
        )
          problems.push(`${where}: live surface ${JSON.stringify(surface)}`);
      }
    }
    console.log(
      `XSS corpus: ${cases.length * DRAFT_VARIANTS.length} pages, ${trap.executions.length} executions, ${trap.requests.length - declaredPictures} undeclared requests, ${declaredPictures} declared figure pictures`,
    );
    expect(problems).toEqual([]);
    expect(trap.executions).toEqual([]);
  }, 180_000);
});
