import type { BlockRule } from '../../types';

export const captionMissing: BlockRule = {
  id: 'caption/missing',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block }) {
    return block.type === 'figure' && block.caption.trim() === '' ? [{ field: 'caption' }] : [];
  },
};
