import type { BlockRule } from '../../types';

/** Every published photo needs its photographer or source named. */
export const captionMissingCredit: BlockRule = {
  id: 'caption/missing-credit',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block }) {
    return block.type === 'figure' && !block.credit?.trim() ? [{ field: 'credit' }] : [];
  },
};
