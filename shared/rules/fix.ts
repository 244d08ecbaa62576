import type { Article } from '../model/article';
import { IncrementalChecker } from './incremental';
import type { CheckOptions, Diagnostic, Location } from './types';

export class FixError extends Error {
  override readonly name = 'FixError';
}

/** Applies one of a diagnostic's fixes. Pure: the given article is left alone. */
export function applyFix(article: Article, diagnostic: Diagnostic, fixId: string): Article {
  const fix = diagnostic.fixes?.find((f) => f.id === fixId);
  if (!fix) throw new FixError(`${diagnostic.ruleId} offers no fix "${fixId}".`);
  return fix.apply(article);
}

/** A diagnostic named by value, as it arrives over IPC or HTTP without its functions. */
export interface FixReference {
  ruleId: string;
  location: Location;
  fixId: string;
}

const sameLocation = (a: Location, b: Location): boolean =>
  a.blockId === b.blockId && a.field === b.field && a.start === b.start && a.end === b.end;

/** Re-checks the article and applies the fix the reference names; throws when it is gone. */
export function applyFixByReference(
  article: Article,
  options: CheckOptions,
  ref: FixReference,
): Article {
  const list = new IncrementalChecker(options.profile).check(article, options.now);
  const diagnostic = list.find(
    (d) => d.ruleId === ref.ruleId && sameLocation(d.location, ref.location),
  );
  if (!diagnostic) throw new FixError(`${ref.ruleId} no longer applies here; check again.`);
  return applyFix(article, diagnostic, ref.fixId);
}

export interface AppliedFix {
  ruleId: string;
  fixId: string;
  location: Location;
  title: Diagnostic['message'];
}

export interface SafeFixOptions extends CheckOptions {
  /** Only fixes of these rules; all rules when absent or empty. */
  ruleIds?: readonly string[];
}

/**
 * Applies every safe fix, one at a time, re-checking after each (a fix can shift the ranges of
 * the next), until none is left. Only the edited block is re-checked each round.
 */
export function applySafeFixes(
  article: Article,
  options: SafeFixOptions,
): { article: Article; applied: AppliedFix[] } {
  const checker = new IncrementalChecker(options.profile);
  const only = options.ruleIds?.length ? new Set(options.ruleIds) : null;
  const applied: AppliedFix[] = [];
  const noOp = new Set<string>();
  let current = article;
  // Each safe fix removes its finding, so the loop ends; the cap guards against a rule whose
  // fix keeps producing a new finding of itself.
  for (let round = 0; round < 10_000; round++) {
    let next: Article | null = null;
    for (const d of checker.check(current, options.now)) {
      if (only && !only.has(d.ruleId)) continue;
      const fix = d.fixes?.find((f) => f.safe);
      if (!fix) continue;
      const key = `${d.ruleId}|${fix.id}|${d.location.blockId}|${d.location.field}|${d.location.start}`;
      if (noOp.has(key)) continue;
      const result = fix.apply(current);
      if (result === current) {
        noOp.add(key);
        continue;
      }
      applied.push({ ruleId: d.ruleId, fixId: fix.id, location: d.location, title: fix.title });
      next = result;
      break;
    }
    if (!next) break;
    current = next;
  }
  return { article: current, applied };
}
