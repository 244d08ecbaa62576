import type {
  Block,
  Credit,
  Dateline,
  FigureBlock,
  ImportReportItem,
  RelatedBlock,
} from '../../model/article';
import type { Inline } from './inline';
import type { Unit } from './units';

/** What the pass over the lines keeps, in reading order, before block ids are handed out. */
export type Out =
  | { kind: 'para'; inline: Inline; origin: number; at: number; line?: number }
  | { kind: 'block'; block: Block }
  | { kind: 'new'; block: Omit<FigureBlock, 'id'> | Omit<RelatedBlock, 'id'> };

type Action = ImportReportItem['action'];

/** What one pass over the lines collects; turned into the article at the end. */
export class Collected {
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

export const describeCredits = (credits: readonly Credit[]): string =>
  credits.map((c) => `${c.name} (${c.role})`).join(', ');

/** One credit per name and role; a later mention may add the note the first one lacked. */
export function dedupeCredits(credits: readonly Credit[]): Credit[] {
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
