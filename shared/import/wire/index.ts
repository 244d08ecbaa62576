import type { Article } from '../../model/article';
import type { Profile } from '../../profiles/profile';
import { isBoilerplate } from './boilerplate';
import { parseByline, type ParsedByline } from './byline';
import { compileConventions, type Compiled } from './conventions';
import { isBareCreditLabel, matchSignOff, parseCreditLine } from './credits';
import { matchDateline } from './dateline';
import { parseCaption } from './figure';
import { looksLikeHeadline, sameHeadline, splitOutletSuffix } from './headline';
import { isOutlet } from './names';
import { assemble, rejoin } from './assemble';
import { Collected, describeCredits, type Out } from './collected';
import { takeDateline, takeTrailingSignOffs } from './cuts';
import { normaliseSpace } from './inline';
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

/** A section kicker over a headline: one or two words, no sentence. */
const isKicker = (text: string): boolean =>
  text.length <= 25 && text.split(' ').length <= 2 && !/[.!?:,;]$/u.test(text);

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
      if (parseCaption(u.norm, cc, true) || matchSignOff(u.norm, cc, 'line')) continue;
      const credits = parseCreditLine(u.norm, cc)?.credits;
      if (credits && !credits.some((c) => c.role === 'writer')) continue;
      const isByline =
        parseByline(u.norm, cc) !== null ||
        (parseCreditLine(u.norm, cc)?.credits.some((c) => c.role === 'writer') ?? false);
      return isByline && units.slice(j + 1).some((v) => v.block || !isConventionLine(v, cc));
    }
    return false;
  };

  const bylineKnown = article.byline.authors.length > 0 || article.byline.published !== null;
  /** The same names and time as the byline already read: a repeat, as scraped pages print it. */
  const repeatsByline = (by: ParsedByline): boolean => {
    const published = article.byline.published ?? got.published;
    const names = [...article.byline.authors.map((a) => a.name), ...got.authors];
    return by.published === published && by.authors.every((n) => names.includes(n));
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
      // A title is a headline: it does not end in a full stop as a sentence of copy does.
      const titleLike = (t: string) => looksLikeHeadline(t) && !/[^.]\.$/u.test(t);
      if (title === '' && next && !next.block && titleLike(next.norm)) {
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
    const by = parseByline(u.norm, cc);
    const full = by !== null && by.published !== null && (by.authors.length > 0 || !!by.outlet);
    if (by && !front && full && repeatsByline(by)) {
      got.report('duplicate-byline', u.raw, 'dropped', u, 'The byline was repeated.');
      continue;
    }
    if (by && (front || (full && !got.bylineSeen && !bylineKnown))) {
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
      // A byline the importer already had is not in these lines, so nothing here stands
      // between it and the headline.
      !bylineKnown &&
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
