/**
 * "Front matter that Hugo reads as is", checked with Hugo itself (Debian package `hugo`): every
 * sample draft is exported to Markdown exactly as `newsroom export` would (same gate, same
 * profile choice), dropped into a bare Hugo site, and built. Hugo must read each story's title,
 * date with its offset, language, authors, dateline and credits as the article has them, and
 * leave the drafts (exported despite errors) out of a normal build. Skipped with a message when
 * `hugo` is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planExport } from '../../shared/export';
import type { Article } from '../../shared/model/article';
import { defaultProfileFor, getBuiltinProfile, isBuiltinProfile } from '../../shared/profiles';
import { SEED_FILES, importSeed } from '../export/ninjs/seedDrafts';

const hugoOk = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
const hugoSkipReason = hugoOk ? '' : '(hugo not installed, Debian: hugo: Hugo check skipped)';
if (!hugoOk) console.warn(`tests/conformance/hugo.test.ts: ${hugoSkipReason}`);

const now = new Date('2025-10-10T03:00:00Z');

/** What the page layout prints: the front matter as Hugo understood it. */
const LAYOUT =
  '{{ dict "title" .Title "date" (.Date.Format "2006-01-02T15:04:05-07:00") "draft" .Draft "lang" .Params.lang "author" .Params.author "authors" .Params.authors "dateline" .Params.dateline "credits" .Params.credits | jsonify }}\n';

interface HugoPage {
  title: string;
  date: string;
  draft: boolean;
  lang: string;
  author: string | null;
  authors: string[] | null;
  dateline: { place: string; source?: string; date?: string } | null;
  credits: Array<{ name: string; role: string; note?: string }> | null;
}

interface Story {
  slug: string;
  article: Article;
  draft: boolean;
}

let site = '';
const stories: Story[] = [];
let built = { all: new Map<string, HugoPage>(), published: [] as string[] };

function build(dest: string, drafts: boolean): void {
  const r = spawnSync(
    'hugo',
    ['--quiet', '--source', site, '--destination', dest, ...(drafts ? ['--buildDrafts'] : [])],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

beforeAll(async () => {
  if (!hugoOk) return;
  site = mkdtempSync(path.join(tmpdir(), 'newsroom-hugo-'));
  mkdirSync(path.join(site, 'content', 'posts'), { recursive: true });
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    path.join(site, 'config.toml'),
    // Pages by file name: a story's own `slug` would otherwise name its folder.
    'baseURL = "https://example.com/"\ntitle = "Desk"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n[permalinks]\nposts = "/posts/:filename/"\n',
  );
  writeFileSync(path.join(site, 'layouts', '_default', 'single.html'), LAYOUT);
  for (const file of SEED_FILES) {
    const article = await importSeed(file);
    if (!article) continue;
    // As `newsroom export` chooses it with no --profile.
    const named = article.metadata.profile;
    const profile =
      named && isBuiltinProfile(named)
        ? getBuiltinProfile(named)
        : defaultProfileFor(article.language);
    const plan = planExport(article, ['md'], { profile, allowErrors: true, now });
    const slug = `story-${stories.length + 1}`;
    writeFileSync(
      path.join(site, 'content', 'posts', `${slug}.md`),
      String(plan.files[0]!.content),
    );
    stories.push({ slug, article, draft: plan.draft });
  }
  build(path.join(site, 'all'), true);
  build(path.join(site, 'published'), false);
  const pages = (dest: string) => readdirSync(path.join(site, dest, 'posts')).sort();
  for (const slug of pages('all')) {
    const json = readFileSync(path.join(site, 'all', 'posts', slug, 'index.html'), 'utf8');
    built.all.set(slug, JSON.parse(json) as HugoPage);
  }
  built = { all: built.all, published: pages('published') };
}, 60_000);

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

const hugoDate = (iso: string | null): string =>
  iso === null
    ? '0001-01-01T00:00:00+00:00'
    : DateTime.fromISO(iso, { setZone: true }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");

describe.skipIf(!hugoOk)(`Markdown front matter read by Hugo ${hugoSkipReason}`.trim(), () => {
  it('builds a page for every sample draft', () => {
    expect(stories.length).toBe(SEED_FILES.length);
    expect([...built.all.keys()].sort()).toEqual(stories.map((s) => s.slug).sort());
  });

  it('reads title, date with its offset, language, authors, dateline and credits', () => {
    for (const { slug, article } of stories) {
      const page = built.all.get(slug)!;
      const authors = article.byline.authors.map((a) => a.name);
      const expected: HugoPage = {
        title: article.headline,
        date: hugoDate(article.byline.published),
        draft: page.draft,
        lang: article.language,
        author: authors.length === 1 ? authors[0]! : null,
        authors: authors.length > 1 ? authors : null,
        dateline: article.dateline
          ? JSON.parse(JSON.stringify(article.dateline, ['place', 'source', 'date']))
          : null,
        credits: article.credits.length > 0 ? article.credits : null,
      };
      expect({ slug, ...page }).toEqual({ slug, ...expected });
    }
  });

  it('marks the drafts (exported despite errors) as drafts and leaves them unpublished', () => {
    const drafts = stories.filter((s) => s.draft).map((s) => s.slug);
    expect(drafts.length).toBeGreaterThan(0);
    expect(stories.filter((s) => !s.draft).length).toBeGreaterThan(0);
    for (const { slug, draft } of stories)
      expect([slug, built.all.get(slug)!.draft]).toEqual([slug, draft]);
    expect(built.published).toEqual(
      stories
        .filter((s) => !s.draft)
        .map((s) => s.slug)
        .sort(),
    );
  });
});
