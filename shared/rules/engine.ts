/**
 * Turns rules' findings into diagnostics: severity from the profile (or the rule's default),
 * messages and fix titles from the catalogue, locations completed with the block's index and id.
 */
import { bothLocales, fixTitle, ruleMessage } from '../i18n';
import type { Block, BlockType } from '../model/article';
import type { Profile, Severity } from '../profiles/profile';
import { RULES } from './registry';
import type {
  ArticleRule,
  BlockRule,
  Diagnostic,
  Finding,
  Fix,
  Location,
  Rule,
  RuleContext,
} from './types';

/** The profile's setting for a rule: null when switched off. */
export function effectiveSeverity(rule: Rule, profile: Profile): Severity | null {
  const setting = profile.rules[rule.id];
  if (setting === 'off') return null;
  return setting ?? rule.defaultSeverity;
}

export interface ActiveBlockRule {
  rule: BlockRule;
  severity: Severity;
}
export interface ActiveArticleRule {
  rule: ArticleRule;
  severity: Severity;
}

export interface ActiveRules {
  byType: ReadonlyMap<BlockType, readonly ActiveBlockRule[]>;
  article: readonly ActiveArticleRule[];
}

const BLOCK_TYPES: readonly BlockType[] = [
  'paragraph',
  'heading',
  'quote',
  'list',
  'figure',
  'related',
];

const activeCache = new WeakMap<Profile, ActiveRules>();

/** The rules a profile switches on, block rules grouped by the block types they run on. */
export function activeRules(profile: Profile, rules: readonly Rule[] = RULES): ActiveRules {
  const cached = rules === RULES ? activeCache.get(profile) : undefined;
  if (cached) return cached;
  const byType = new Map<BlockType, ActiveBlockRule[]>(BLOCK_TYPES.map((t) => [t, []]));
  const article: ActiveArticleRule[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, profile);
    if (!severity) continue;
    if (rule.scope === 'article') {
      article.push({ rule, severity });
    } else {
      for (const t of rule.blockTypes ?? BLOCK_TYPES) byType.get(t)!.push({ rule, severity });
    }
  }
  const result: ActiveRules = { byType, article };
  if (rules === RULES) activeCache.set(profile, result);
  return result;
}

export function toDiagnostic(
  rule: Rule,
  severity: Severity,
  finding: Finding,
  blockIndex: number | null,
  blockId: string | null,
): Diagnostic {
  const messageId = finding.messageId ?? 'default';
  const location: Location = { blockIndex, blockId };
  if (finding.field !== undefined) location.field = finding.field;
  if (finding.start !== undefined) location.start = finding.start;
  if (finding.end !== undefined) location.end = finding.end;
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity,
    message: bothLocales((l) => ruleMessage(l, rule.id, messageId, finding.values)),
    location,
  };
  if (finding.fixes?.length) {
    diagnostic.fixes = finding.fixes.map((f): Fix => ({
      id: f.id,
      title: bothLocales((l) => fixTitle(l, rule.id, f.id, f.values)),
      safe: f.safe,
      apply: f.apply,
    }));
  }
  return diagnostic;
}

/** Every finding of the active block rules on one block. */
export function checkBlock(
  active: ActiveRules,
  ctx: RuleContext,
  block: Block,
  blockIndex: number,
): Diagnostic[] {
  const rules = active.byType.get(block.type);
  if (!rules || rules.length === 0) return [];
  let out: Diagnostic[] | undefined;
  const blockCtx = { ...ctx, block, blockIndex };
  for (const { rule, severity } of rules) {
    const findings = rule.check(blockCtx);
    for (const f of findings) {
      (out ??= []).push(toDiagnostic(rule, severity, f, blockIndex, block.id));
    }
  }
  return out ?? [];
}

/** Every finding of the active article rules. */
export function checkArticleLevel(active: ActiveRules, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { rule, severity } of active.article) {
    for (const f of rule.check(ctx)) {
      const index = f.blockIndex ?? null;
      const blockId = index === null ? null : (ctx.article.blocks[index]?.id ?? null);
      out.push(toDiagnostic(rule, severity, f, index, blockId));
    }
  }
  return out;
}

/**
 * Article-level findings first (headline, byline, dateline, credits), then by block in reading
 * order; within a block, those of article rules that point at it (related/placement,
 * related/duplicate, related/too-many) and then its block rules', each in registry order. The sort is stable, so full and incremental checks
 * that build the list the same way give it in the same order.
 */
export function orderDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => (a.location.blockIndex ?? -1) - (b.location.blockIndex ?? -1));
}

export function resolveNow(now: Date | undefined): Date {
  return now ?? new Date();
}
