import { creditFormatPattern } from '../../support/patterns';
import type { BlockRule } from '../../types';

/** The photo credit must be in the house form the profile's `creditFormat` describes. */
export const captionCreditFormat: BlockRule = {
  id: 'caption/credit-format',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block, profile }) {
    if (block.type !== 'figure' || !block.credit?.trim()) return [];
    const format = creditFormatPattern(profile);
    if (!format || format.test(block.credit.trim())) return [];
    // Journalists read an example better than a regular expression; the pattern is the fallback.
    const given = profile.creditFormat;
    const pattern =
      profile.creditFormatExample ?? (typeof given === 'string' ? given : (given?.pattern ?? ''));
    return [
      {
        field: 'credit',
        values: { credit: block.credit, format: pattern },
        start: 0,
        end: block.credit.length,
      },
    ];
  },
};
