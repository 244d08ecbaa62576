/**
 * Validation: the rule engine and its catalogue. Every door calls `checkArticle` (or, in the
 * editor, an `IncrementalChecker`) and gets the same diagnostics for the same article and profile.
 */
import type { Article } from '../model/article';
import { compilePattern, type Profile } from '../profiles/profile';
import { activeRules, checkArticleLevel, checkBlock, orderDiagnostics, resolveNow } from './engine';
import { getRule, RULES } from './registry';
import type { CheckOptions, Diagnostic, Severity } from './types';

export * from './types';
export { RULES, getRule } from './registry';
export { IncrementalChecker } from './incremental';
export {
  applyFix,
  applyFixByReference,
  applySafeFixes,
  FixError,
  type AppliedFix,
  type FixReference,
  type SafeFixOptions,
} from './fix';
export { effectiveSeverity } from './engine';

/** Every finding on the article under the profile, in reading order. Pure. */
export function checkArticle(article: Article, options: CheckOptions): Diagnostic[] {
  const active = activeRules(options.profile);
  const ctx = { article, profile: options.profile, now: resolveNow(options.now) };
  const out = checkArticleLevel(active, ctx);
  article.blocks.forEach((block, i) => {
    for (const d of checkBlock(active, ctx, block, i)) out.push(d);
  });
  return orderDiagnostics(out);
}

export const hasErrors = (list: readonly Diagnostic[]): boolean =>
  list.some((d) => d.severity === 'error');

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

/**
 * Problems with a profile's rule settings that parsing cannot see: rule ids that name no rule
 * (a typo switches nothing off) and patterns that do not compile.
 */
export function validateProfileRules(profile: Profile): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(profile.rules)) {
    if (!getRule(id))
      problems.push(`rules.${id}: no such rule (see \`newsroom check --list-rules\`).`);
  }
  const patterns: [string, Parameters<typeof compilePattern>[0]][] =
    profile.conventions.boilerplate.map((p, i) => [`conventions.boilerplate.${i}`, p]);
  if (profile.creditFormat) patterns.push(['creditFormat', profile.creditFormat]);
  for (const [where, p] of patterns) {
    try {
      compilePattern(p);
    } catch (e) {
      problems.push(`${where}: not a valid regular expression (${(e as Error).message}).`);
    }
  }
  return problems;
}

/** Rule ids, for listings and SARIF `tool.driver.rules`. */
export const ruleIds = (): string[] => RULES.map((r) => r.id);
