import type {
  Article,
  Block,
  Byline,
  Credit,
  Dateline,
  FigureBlock,
  ImportReportItem,
  RelatedBlock,
} from '../../model/article';
import { BlockIds } from '../../model/create';
import type { Profile } from '../../profiles/profile';
import { isBoilerplate } from './boilerplate';
import { parseByline } from './byline';
import { compileConventions, type Compiled } from './conventions';
import { isBareCreditLabel, matchSignOff, parseCreditLine } from './credits';
import { matchDateline } from './dateline';
import { parseCaption } from './figure';
import { looksLikeHeadline, sameHeadline, splitOutletSuffix } from './headline';
import { isOutlet, looksLikeInitials } from './names';
import { joinInline, normaliseSpace, sliceInline, type Inline } from './inline';
import { parseRelated } from './related';
import { parseTags } from './tags';
import { toUnits, type Unit } from './units';

export interface WireOptions {
  profile: Profile;
  /**
   * True when the source format already told us the headline (Markdown front matter, a DOCX
   * Title paragraph, an HTML <h1>): the recogniser then only removes a repeated copy of it.
   */
  headlineKnown?: boolean;
  /** 1-based source line on which each block (by id) starts, so report items can point at it. */
  blockLines?: Readonly<Record<string, number>>;
}

type Out =
  | { kind: 'para'; inline: Inline; origin: number; at: number; line?: number }
  | { kind: 'block'; block: Block }
  | { kind: 'new'; block: Omit<FigureBlock, 'id'> | Omit<RelatedBlock, 'id'> };

type Action = ImportReportItem['action'];

/** What one pass over the lines collects; turned into the article at the end. */
class Collected {
  readonly items: ImportReportItem[] = [];
  /** Credits with the index of the line they came from, so they can be listed in reading order. */
  private readonly found: { credit: Credit; at: number }[] = [];
  readonly authors: string[] = [];
  readonly bylineRaw: string[] = [];
  published: string | null = null;
  outlet: string | undefined;
  subheadline: string | null = null;
  section: string | undefined;
  readonly tags: string[] = [];
  dateline: Dateline | null = null;
  bylineSeen = false;
  bylinePlain = true;

  report(
    reason: string,
    text: string,
    action: Action,
    unit?: Pick<Unit, 'line'>,
    detail?: string,
  ): void {
    const item: ImportReportItem = { reason, text, action };
    if (unit?.line !== undefined) item.line = unit.line;
    if (detail) item.detail = detail;
    this.items.push(item);
  }

  /** Report items in source-line order; those without a line (warnings) first. */
  itemsInOrder(): ImportReportItem[] {
    return [...this.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  addCredits(credits: readonly Credit[], at: number): void {
    for (const credit of credits) this.found.push({ credit, at });
  }

  /** Credits in the order their lines appear in the draft. */
  get credits(): Credit[] {
    return [...this.found].sort((a, b) => a.at - b.at).map((f) => f.credit);
  }

  addAuthors(names: readonly string[]): void {
    for (const n of names) if (!this.authors.includes(n)) this.authors.push(n);
  }
}

/** A section kicker over a headline: one or two words, no sentence. */
const isKicker = (text: string): boolean =>
  text.length <= 25 && text.split(' ').length <= 2 && !/[.!?:,;]$/u.test(text);

const describeCredits = (credits: readonly Credit[]): string =>
  credits.map((c) => `${c.name} (${c.role})`).join(', ');

/** One credit per name and role; a later mention may add the note the first one lacked. */
function dedupeCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Map<string, Credit>();
  const out: Credit[] = [];
  for (const c of credits) {
    const key = `${c.name.toLowerCase()}\u0000${c.role}`;
    const prev = seen.get(key);
    if (!prev) {
      const copy = { ...c };
      seen.set(key, copy);
      out.push(copy);
    } else if (!prev.note && c.note) prev.note = c.note;
  }
  return out;
}

/**
 * Would this line be read as something other than copy? Used to vet the headline candidate,
 * where a dateline only counts on a line that reads as a paragraph: "Jokowi - Prabowo Bertemu"
 * is a headline, "JAKARTA - Presiden meminta … ." is copy.
 */
function isConventionLine(u: Unit, cc: Compiled, asHeadline = false): boolean {
  const dateline =
    (!asHeadline || /[.”"]$/u.test(u.norm) || u.norm.length > 120) &&
    matchDateline(u.norm, cc) !== null;
  return (
    dateline ||
    isBoilerplate(u.norm, cc) ||
    parseRelated(u.inline, cc) !== null ||
    parseCreditLine(u.norm, cc) !== null ||
    parseByline(u.norm, cc) !== null ||
    parseCaption(u.norm, cc, true) !== null
  );
}

/**
 * True when a line in the profile's conventions stands on its own (a credit, related link,
 * boilerplate, sign-off, byline or caption line): the plain-text importer uses it to keep such
 * lines apart when it joins hard-wrapped lines into paragraphs.
 */
export function isStandaloneConvention(text: string, profile: Profile): boolean {
  const cc = compileConventions(profile);
  const norm = normaliseSpace(text);
  return (
    isBoilerplate(norm, cc) ||
    parseRelated({ text: norm, marks: [] }, cc) !== null ||
    parseCreditLine(norm, cc) !== null ||
    matchSignOff(norm, cc, 'line') !== null ||
    parseByline(norm, cc) !== null ||
    parseCaption(norm, cc, true) !== null
  );
}

/**
 * The one wire-copy recogniser. Given an article whose body is still raw paragraphs, it finds
 * the conventions a profile describes — byline and date lines, dateline at the start of the
 * first paragraph, photo + caption + credit, related-link lines, credit lines and sign-offs,
 * promotional boilerplate — moves them into their fields, blocks and credits, and records in
 * `importReport` whatever it set aside. Every importer of text-like formats runs it.
 *
 * Blocks get fresh ids (b1, b2… in reading order), since lines are split, merged and removed.
 */
export function applyWireConventions(article: Article, options: WireOptions): Article {
  const cc = compileConventions(options.profile);
  const units = toUnits(article, options.blockLines);
  const got = new Collected();
  const out: Out[] = [];
  const consumed = new Set<number>();

  let headline = normaliseSpace(article.headline);
  const known = options.headlineKnown === true || headline !== '';
  const withoutOutlet = (text: string) => splitOutletSuffix(text, (o) => isOutlet(o, cc)).headline;
  /** The headline from a line, minus a site name the page title carried. */
  const takeHeadline = (u: Unit): string => {
    const split = splitOutletSuffix(u.norm, (o) => isOutlet(o, cc));
    if (split.outlet && split.suffix) {
      got.outlet ??= split.outlet;
      got.report('headline-outlet', split.suffix, 'moved', u, 'The site name after the headline.');
    }
    return split.headline;
  };
  if (!known) {
    const first = units[0];
    const second = units[1];
    const headlineLike = (u: Unit | undefined): u is Unit => {
      if (!u || u.block) return false;
      const text = withoutOutlet(u.norm);
      return looksLikeHeadline(text) && !isConventionLine({ ...u, norm: text }, cc, true);
    };
    if (
      headlineLike(first) &&
      !article.metadata.section &&
      isKicker(first.norm) &&
      headlineLike(second) &&
      !/\.$/u.test(second.norm) &&
      second.norm.split(' ').length > first.norm.split(' ').length + 1
    ) {
      // "Internasional" above the headline: the section the outlet filed it under.
      got.section = first.norm;
      got.report('section', first.raw, 'moved', first, 'Moved to the section.');
      headline = takeHeadline(second);
      consumed.add(0).add(1);
    } else if (headlineLike(first)) {
      headline = takeHeadline(first);
      consumed.add(0);
    } else {
      got.report('no-headline', '', 'warning', undefined, 'The draft has no headline line.');
    }
  }

  /** Does a byline follow within a few lines, with copy after it (so it is not a sign-off)? */
  const nextIsByline = (from: number): boolean => {
    for (let j = from; j < Math.min(units.length, from + 4); j++) {
      const u = units[j]!;
      if (u.block) return false;
      if (sameHeadline(u.norm, headline) || isBoilerplate(u.norm, cc)) continue;
      if (parseCaption(u.norm, cc, true)) continue;
      const isByline =
        parseByline(u.norm, cc) !== null ||
        (parseCreditLine(u.norm, cc)?.credits.some((c) => c.role === 'writer') ?? false);
      return isByline && units.slice(j + 1).some((v) => v.block || !isConventionLine(v, cc));
    }
    return false;
  };

  let front = true;
  for (let i = 0; i < units.length; i++) {
    if (consumed.has(i)) continue;
    const u = units[i]!;
    if (u.block) {
      out.push({ kind: 'block', block: u.block });
      if (u.block.type !== 'figure' && u.block.type !== 'related') front = false;
      continue;
    }
    if (sameHeadline(withoutOutlet(u.norm), headline)) {
      got.report('duplicate-headline', u.raw, 'dropped', u, 'The headline was repeated.');
      continue;
    }
    if (isBoilerplate(u.norm, cc)) {
      got.report('boilerplate', u.raw, 'set-aside', u);
      continue;
    }
    const related = parseRelated(u.inline, cc);
    if (related) {
      let { title } = related;
      let text = u.raw;
      const next = units[i + 1];
      if (title === '' && next && !next.block && next.norm.length <= 300) {
        // The label stands alone: the next line is the title.
        if (!isBoilerplate(next.norm, cc)) {
          title = next.norm;
          text = `${u.raw}\n${next.raw}`;
          const href = next.inline.marks.find((m) => m.type === 'link' && m.href)?.href;
          if (href) related.url = href;
          consumed.add(i + 1);
        }
      }
      if (title !== '') {
        out.push({
          kind: 'new',
          block: { type: 'related', label: related.label, title, url: related.url },
        });
        got.report('related', text, 'moved', u, 'Became a related-link block.');
        continue;
      }
    }
    const tags = parseTags(u.norm, cc);
    if (tags) {
      for (const t of tags) if (!got.tags.includes(t)) got.tags.push(t);
      got.report('tags', u.raw, 'moved', u, 'Moved to the tags.');
      continue;
    }
    let creditLine = parseCreditLine(u.norm, cc);
    let creditText = u.raw;
    const below = units[i + 1];
    if (!creditLine && below && !below.block && isBareCreditLabel(u.norm, cc)) {
      // "Reporter" on one line, "Andi Prasetyo" on the next, as scraped pages lay them out.
      const label = u.norm.replace(/\s*[:：]\s*$/u, '');
      creditLine = parseCreditLine(`${label}: ${below.norm}`, cc);
      if (creditLine) {
        creditText = `${u.raw}\n${below.raw}`;
        consumed.add(i + 1);
      }
    }
    if (creditLine) {
      // Before the body, a writer's credit line ("Penulis: X", "By X") is the byline.
      const writers = creditLine.credits.filter((c) => c.role === 'writer').map((c) => c.name);
      const asByline = front && writers.length > 0;
      if (asByline) {
        got.addAuthors(writers);
        got.bylineSeen = true;
        got.bylinePlain = false;
        got.bylineRaw.push(...creditText.split('\n').map(normaliseSpace));
      }
      got.addCredits(creditLine.credits, i);
      got.outlet ??= creditLine.outlets[0];
      got.report(
        asByline ? 'byline' : 'credit-line',
        creditText,
        'moved',
        u,
        `Credits: ${describeCredits(creditLine.credits)}.`,
      );
      continue;
    }
    if (!front) {
      const signOff = matchSignOff(u.norm, cc, 'line');
      if (signOff) {
        got.addCredits(signOff.credits, i);
        got.report('sign-off', u.raw, 'moved', u, `Credits: ${describeCredits(signOff.credits)}.`);
        continue;
      }
    }
    // Before the body any byline form counts; after it, only a full one (names or an outlet
    // with a dated time), as pages that print the byline under the story have it.
    const by = front || !got.bylineSeen ? parseByline(u.norm, cc) : null;
    if (by && (front || (by.published !== null && (by.authors.length > 0 || by.outlet)))) {
      got.bylineSeen = true;
      got.addAuthors(by.authors);
      got.addCredits(by.credits, i);
      got.published ??= by.published;
      got.outlet ??= by.outlet;
      got.bylineRaw.push(u.norm);
      if (!by.plain) got.bylinePlain = false;
      got.report(
        'byline',
        u.raw,
        'moved',
        u,
        by.dateWithoutTime
          ? 'Byline; the date has no time, so the publication time was left empty.'
          : 'Moved to the byline.',
      );
      continue;
    }
    const caption = parseCaption(u.norm, cc, front);
    if (caption) {
      out.push({
        kind: 'new',
        block: {
          type: 'figure',
          src: null,
          alt: '',
          caption: caption.caption,
          credit: caption.credit,
        },
      });
      got.report('figure', u.raw, 'moved', u, 'Became a figure: caption and photo credit.');
      continue;
    }
    if (
      front &&
      !got.bylineSeen &&
      got.subheadline === null &&
      headline !== '' &&
      nextIsByline(i + 1)
    ) {
      got.subheadline = u.norm;
      got.report('subheadline', u.raw, 'moved', u, 'The line between headline and byline.');
      continue;
    }
    front = false;
    out.push({ kind: 'para', inline: u.inline, origin: u.origin, at: i, line: u.line });
  }

  takeDateline(out, article, cc, got);
  takeTrailingSignOffs(out, cc, got);
  return assemble(article, headline, rejoin(out), got);
}

function takeDateline(out: Out[], article: Article, cc: Compiled, got: Collected): void {
  if (article.dateline) return;
  const first = out.find((o): o is Extract<Out, { kind: 'para' }> => o.kind === 'para');
  if (!first) return;
  const m = matchDateline(first.inline.text, cc);
  if (!m) return;
  got.dateline = m.dateline;
  got.report(
    'dateline',
    normaliseSpace(first.inline.text.slice(0, m.length)),
    'moved',
    first,
    'Moved to the dateline.',
  );
  first.inline = sliceInline(first.inline, m.length);
}

const TRAILING_PARENTHESIS = /\((?<inner>[^()]{3,300})\)$/u;

/** Credits cut from the end of the last body paragraph: "… (Kelvin Yurcel)", "… (Reporting by X)". */
function takeTrailingSignOffs(out: Out[], cc: Compiled, got: Collected): void {
  for (let guard = 0; guard < 3; guard++) {
    let at = -1;
    for (let k = out.length - 1; k >= 0; k--) {
      if (out[k]!.kind === 'para') {
        at = k;
        break;
      }
    }
    if (at < 0) return;
    const last = out[at] as Extract<Out, { kind: 'para' }>;
    const text = last.inline.text;
    let cut = -1;
    const signOff = matchSignOff(text, cc, 'trailing');
    if (signOff) {
      cut = signOff.start;
      got.addCredits(signOff.credits, last.at);
      got.report(
        'sign-off',
        signOff.matched.trim(),
        'moved',
        last,
        `Credits: ${describeCredits(signOff.credits)}.`,
      );
    } else {
      const m = TRAILING_PARENTHESIS.exec(text);
      const credits = m && m.index > 0 ? parseCreditLine(m[0], cc) : null;
      if (!m || !credits) return;
      cut = m.index;
      got.addCredits(credits.credits, last.at);
      got.report(
        'credit-line',
        m[0],
        'moved',
        last,
        `Credits: ${describeCredits(credits.credits)}.`,
      );
    }
    last.inline = sliceInline(last.inline, 0, cut);
    if (last.inline.text === '') out.splice(at, 1);
  }
}

/** Lines of one source paragraph that all stayed copy go back together, line breaks kept. */
function rejoin(out: Out[]): Out[] {
  const merged: Out[] = [];
  for (const o of out) {
    const prev = merged[merged.length - 1];
    if (o.kind === 'para' && prev?.kind === 'para' && prev.origin === o.origin) {
      prev.inline = joinInline([prev.inline, o.inline], '\n');
    } else merged.push(o.kind === 'para' ? { ...o } : o);
  }
  return merged;
}

function assemble(article: Article, headline: string, out: Out[], got: Collected): Article {
  const ids = new BlockIds();
  const blocks: Block[] = out
    .filter((o) => o.kind !== 'para' || o.inline.text !== '')
    .map((o): Block => {
      if (o.kind === 'para') {
        return { id: ids.take(), type: 'paragraph', text: o.inline.text, marks: o.inline.marks };
      }
      if (o.kind === 'new') return { id: ids.take(), ...o.block } as Block;
      const { id: _old, ...rest } = o.block;
      return { id: ids.take(), ...rest } as Block;
    });
  if (!blocks.some((b) => b.type !== 'figure' && b.type !== 'related')) {
    got.report('no-body', '', 'warning', undefined, 'No body copy was found.');
  }

  const authors = [...article.byline.authors.map((a) => a.name)];
  for (const n of got.authors) if (!authors.includes(n)) authors.push(n);
  if (authors.length === 0) {
    // Antara-style copy names its writer only at the end ("Pewarta: …"): that is the byline.
    // Initials ("jm/sst") are credits, not names to print in a byline.
    for (const c of got.credits) {
      if (c.role === 'writer' && !looksLikeInitials(c.name) && !authors.includes(c.name)) {
        authors.push(c.name);
      }
    }
  }
  const byline: Byline = {
    authors: authors.map((name) => ({ name })),
    published: article.byline.published ?? got.published,
  };
  const raw = article.byline.raw ?? (got.bylinePlain ? undefined : got.bylineRaw.join('\n'));
  if (raw) byline.raw = raw;

  // The byline's authors are the story's writers; a newsroom expects them among the credits.
  const credits = dedupeCredits([
    ...article.credits,
    ...authors.map((name): Credit => ({ name, role: 'writer' })),
    ...got.credits,
  ]);

  const metadata = { ...article.metadata };
  if (got.outlet && !metadata.outlet) metadata.outlet = got.outlet;
  if (got.section && !metadata.section) metadata.section = got.section;
  if (got.tags.length) {
    metadata.tags = [...metadata.tags, ...got.tags.filter((t) => !metadata.tags.includes(t))];
  }

  return {
    ...article,
    headline,
    subheadline: article.subheadline ?? got.subheadline,
    byline,
    dateline: article.dateline ?? got.dateline,
    blocks,
    credits,
    metadata,
    importReport: {
      ...article.importReport,
      items: [...article.importReport.items, ...got.itemsInOrder()],
    },
  };
}
