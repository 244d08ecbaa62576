/**
 * A table-driven tester for one rule, in the spirit of ESLint's RuleTester: valid articles give
 * no finding of the rule; each invalid one gives exactly the listed findings (English message,
 * location, offered fixes), and applying a named fix gives the expected article part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model/article';
import { parseNativeArticle } from '../../shared/import/native';
import {
  getBuiltinProfile,
  resolveProfile,
  type Profile,
  type ProfileInput,
} from '../../shared/profiles';
import { applyFix, checkArticle, type Diagnostic, type Location } from '../../shared/rules';

export const NOW = new Date('2025-10-02T06:00:00Z');

const cleanText = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'rules', 'clean.newsroom.json'),
  'utf8',
);

/** A fresh copy of the clean fixture: an Indonesian story every rule is happy with. */
export function clean(): Article {
  return parseNativeArticle(cleanText, 'clean.newsroom.json');
}

export type Edit = (a: Article) => Article | void;

/** The clean article with one change, so each case shows only what it is about. */
export function draft(edit: Edit): Article {
  const a = clean();
  return edit(a) ?? a;
}

export function profileWith(over: Partial<ProfileInput>, base: 'id' | 'en' = 'id'): Profile {
  return resolveProfile({ extends: base, ...over, id: `${base}-test`, name: 'test' });
}

export interface ExpectedFinding {
  message: string;
  /** Indonesian message, when the case pins it too. */
  messageId?: string;
  location: Partial<Location>;
  severity?: Diagnostic['severity'];
  /** Ids of the fixes offered, with `!` after safe ones: ["strip!", "titleCase"]. */
  fixes?: string[];
}

export interface FixExpectation {
  /** Which finding (index into `findings`) and which of its fixes. */
  finding?: number;
  fixId: string;
  /** What the fixed article must look like (checked with toMatchObject on the result). */
  result: (fixed: Article) => void;
}

export interface ValidCase {
  name: string;
  article: Article;
  profile?: Profile;
  now?: Date;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  fix?: FixExpectation;
}

const fixLabel = (f: { id: string; safe: boolean }): string => (f.safe ? `${f.id}!` : f.id);

export function ruleTester(
  ruleId: string,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  const run = (c: ValidCase): Diagnostic[] =>
    checkArticle(c.article, {
      profile: c.profile ?? getBuiltinProfile('id'),
      now: c.now ?? NOW,
    }).filter((d) => d.ruleId === ruleId);

  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c).map((d) => d.message.en)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = run(c);
          expect(
            found.map((d) => ({
              message: d.message.en,
              location: d.location,
              severity: d.severity,
              fixes: (d.fixes ?? []).map(fixLabel),
              ...(c.findings.some((f) => f.messageId) ? { messageId: d.message.id } : {}),
            })),
          ).toEqual(
            c.findings.map((f, i) => ({
              message: f.message,
              location: expect.objectContaining(f.location),
              severity: f.severity ?? found[i]?.severity,
              fixes: f.fixes ?? [],
              ...(c.findings.some((x) => x.messageId)
                ? { messageId: f.messageId ?? found[i]?.message.id }
                : {}),
            })),
          );
          // Every finding is worded in both languages, with no placeholder left unfilled.
          for (const d of found) {
            expect(d.message.id).not.toBe('');
            expect(`${d.message.en} ${d.message.id}`).not.toMatch(/\{\{|\}\}|rules:|\.messages\./);
          }
          if (c.fix) {
            const d = found[c.fix.finding ?? 0]!;
            const fixed = applyFix(c.article, d, c.fix.fixId);
            expect(fixed).not.toBe(c.article);
            c.fix.result(fixed);
            // The fix removes its own finding.
            const after = run({ ...c, article: fixed });
            expect(after.length).toBeLessThan(found.length);
          }
        });
      }
    });
  });
}
