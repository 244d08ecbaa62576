import { articleIdFromSource, BlockIds, createArticle } from '../../model/create';
import type {
  Article,
  Block,
  Byline,
  Credit,
  Dateline,
  ImportReportItem,
} from '../../model/article';
import { defaultProfileFor, type Profile } from '../../profiles';
import type { ImportOptions } from '../types';
import { guessLanguage } from '../language';
import { applyWireConventions } from '../wire';
import { parseDate } from './dates';
import { reportItem } from './safety';

/** Everything a structural importer found, before the wire recogniser looks at the body. */
export interface StructuredDraft {
  format: 'markdown' | 'html' | 'docx';
  /** File name, for the report. */
  name?: string;
  /** Stable text identifying the source (its content or a hash of its bytes), for the article id. */
  idSource: string;
  language: string;
  profile: Profile;
  headline: string | null;
  /** True when the format itself named the headline (front matter, Title style, <h1>). */
  headlineKnown: boolean;
  subheadline?: string | null;
  authors?: string[];
  /** The byline as the draft wrote it, when the format keeps it apart from the names. */
  bylineRaw?: string;
  /** Credits the format states outright (Markdown front matter `credits:`). */
  credits?: Credit[];
  /** Candidate publication dates as written, most authoritative first. */
  dates?: string[];
  dateline?: Dateline | null;
  slug?: string | null;
  section?: string;
  tags?: string[];
  outlet?: string;
  extra?: Record<string, string>;
  blocks: Block[];
  /** The source line each block starts on, by index, for formats that have lines. */
  blockLines?: readonly (number | undefined)[];
  items: ImportReportItem[];
}

/**
 * A declared language taken only when it is a well-formed language tag with a real language
 * subtag ("id", "en-GB", "jv"): a page's `lang="i"` or a damaged core property is not a language,
 * and the text itself is the better evidence then.
 */
function languageTag(declared: string | null): string | null {
  const tag = declared?.trim();
  if (!tag || !/^[a-z]{2,3}(?:-|$)/i.test(tag)) return null;
  try {
    Intl.getCanonicalLocales(tag);
    return tag;
  } catch {
    return null;
  }
}

/**
 * The profile to read a draft with: the caller's, else the one for the language the draft
 * declares, else the one for the language its text reads as. The article's language follows the
 * same evidence, so English copy read with the Indonesian profile is still marked English.
 */
export function chooseProfile(
  options: ImportOptions,
  declaredLanguage: string | null,
  sampleText: string,
): { profile: Profile; language: string } {
  const language =
    languageTag(declaredLanguage) ??
    guessLanguage(sampleText).language ??
    options.profile?.language ??
    defaultProfileFor(undefined).language;
  return { profile: options.profile ?? defaultProfileFor(language), language };
}

function publication(
  dates: readonly string[],
  profile: Profile,
  items: ImportReportItem[],
  extra: Record<string, string>,
): string | null {
  // The first day written without a time: a time from a later, less trusted candidate (a DOCX
  // file's creation time, which a conversion sets to the moment it ran) is used only on that day.
  let day: string | undefined;
  for (const raw of dates) {
    const parsed = parseDate(raw, profile);
    if (parsed.iso && (day === undefined || parsed.iso.startsWith(day))) return parsed.iso;
    if (parsed.dateOnly) day ??= parsed.day;
  }
  const first = dates.find((d) => d.trim() !== '');
  if (first !== undefined) {
    const parsed = parseDate(first, profile);
    extra.date = first.trim();
    items.push(
      parsed.dateOnly
        ? reportItem(
            'date-without-time',
            first,
            'warning',
            'the draft gives a day but no time; publication time left empty',
          )
        : reportItem(
            'date-unrecognised',
            first,
            'warning',
            'not a date this importer can read; publication time left empty',
          ),
    );
  }
  return null;
}

/** Numbers the blocks, builds the article, then lets the wire recogniser read the body. */
export function assembleArticle(draft: StructuredDraft): Article {
  const ids = new BlockIds();
  const blocks = draft.blocks.map((b) => ({ ...b, id: ids.take() }));
  const blockLines: Record<string, number> = {};
  blocks.forEach((b, i) => {
    const line = draft.blockLines?.[i];
    if (line !== undefined) blockLines[b.id] = line;
  });
  const items = [...draft.items];
  const extra = { ...(draft.extra ?? {}) };
  const published = publication(draft.dates ?? [], draft.profile, items, extra);
  const byline: Byline = {
    authors: (draft.authors ?? []).map((name) => ({ name })),
    published,
    ...(draft.bylineRaw ? { raw: draft.bylineRaw } : {}),
  };
  const article = createArticle({
    id: articleIdFromSource(draft.idSource),
    language: draft.language,
    headline: draft.headline ?? '',
    subheadline: draft.subheadline ?? null,
    slug: draft.slug ?? null,
    byline,
    dateline: draft.dateline ?? null,
    blocks,
    credits: draft.credits ?? [],
    metadata: {
      ...(draft.section ? { section: draft.section } : {}),
      tags: draft.tags ?? [],
      profile: draft.profile.id,
      ...(draft.outlet ? { outlet: draft.outlet } : {}),
      extra,
    },
    importReport: {
      format: draft.format,
      ...(draft.name ? { source: draft.name } : {}),
      profile: draft.profile.id,
      items,
    },
  });
  return applyWireConventions(article, {
    profile: draft.profile,
    headlineKnown: draft.headlineKnown,
    blockLines,
  });
}
