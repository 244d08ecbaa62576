/**
 * Every rule, in the order findings about the same place are listed. Adding a rule: one module
 * under `catalogue/<area>/`, one line here, its messages in `shared/i18n/en.ts` and `id.ts`.
 */
import { bylineAuthorFormat } from './catalogue/byline/author-format';
import { bylineCreditMismatch } from './catalogue/byline/credit-mismatch';
import { bylineFutureDate } from './catalogue/byline/future-date';
import { bylineInvalidDate } from './catalogue/byline/invalid-date';
import { bylineMissingAuthor } from './catalogue/byline/missing-author';
import { bylineMissingDate } from './catalogue/byline/missing-date';
import { bylineUnknownAuthor } from './catalogue/byline/unknown-author';
import { captionCreditFormat } from './catalogue/caption/credit-format';
import { captionMissing } from './catalogue/caption/missing';
import { captionMissingCredit } from './catalogue/caption/missing-credit';
import { captionNoTerminalPunctuation } from './catalogue/caption/no-terminal-punctuation';
import { captionTooLong } from './catalogue/caption/too-long';
import { creditsDuplicate } from './catalogue/credits/duplicate';
import { creditsMissingEditor } from './catalogue/credits/missing-editor';
import { creditsMissingWriter } from './catalogue/credits/missing-writer';
import { creditsUnknownRole } from './catalogue/credits/unknown-role';
import { datelineFormat } from './catalogue/dateline/format';
import { datelineMissing } from './catalogue/dateline/missing';
import { figureMissingAlt } from './catalogue/figure/missing-alt';
import { figureMissingImage } from './catalogue/figure/missing-image';
import { headlineAllCaps } from './catalogue/headline/all-caps';
import { headlineMissing } from './catalogue/headline/missing';
import { headlineTooLong } from './catalogue/headline/too-long';
import { headlineTrailingPeriod } from './catalogue/headline/trailing-period';
import { relatedDisallowedDomain } from './catalogue/related/disallowed-domain';
import { relatedDuplicate } from './catalogue/related/duplicate';
import { relatedInvalidUrl } from './catalogue/related/invalid-url';
import { relatedMissingTitle } from './catalogue/related/missing-title';
import { relatedMissingUrl } from './catalogue/related/missing-url';
import { relatedPlacement } from './catalogue/related/placement';
import { relatedTooMany } from './catalogue/related/too-many';
import { textDoubleSpace } from './catalogue/text/double-space';
import { textLeftoverBoilerplate } from './catalogue/text/leftover-boilerplate';
import { textUnbalancedQuotes } from './catalogue/text/unbalanced-quotes';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  headlineMissing,
  headlineTooLong,
  headlineAllCaps,
  headlineTrailingPeriod,
  bylineMissingAuthor,
  bylineAuthorFormat,
  bylineUnknownAuthor,
  bylineMissingDate,
  bylineInvalidDate,
  bylineFutureDate,
  bylineCreditMismatch,
  datelineMissing,
  datelineFormat,
  creditsMissingWriter,
  creditsMissingEditor,
  creditsDuplicate,
  creditsUnknownRole,
  figureMissingImage,
  figureMissingAlt,
  captionMissing,
  captionMissingCredit,
  captionCreditFormat,
  captionTooLong,
  captionNoTerminalPunctuation,
  relatedMissingUrl,
  relatedInvalidUrl,
  relatedDisallowedDomain,
  relatedMissingTitle,
  relatedDuplicate,
  relatedTooMany,
  relatedPlacement,
  textUnbalancedQuotes,
  textDoubleSpace,
  textLeftoverBoilerplate,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
