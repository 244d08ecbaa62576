import type { BlockRule } from '../../types';

export const captionTooLong: BlockRule = {
  id: 'caption/too-long',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block, profile }) {
    if (block.type !== 'figure') return [];
    const max = profile.thresholds.captionMaxLength;
    const length = block.caption.trimEnd().length;
    if (length <= max) return [];
    return [{ field: 'caption', values: { length, max }, start: max, end: length }];
  },
};
