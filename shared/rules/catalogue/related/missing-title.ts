import type { BlockRule } from '../../types';

export const relatedMissingTitle: BlockRule = {
  id: 'related/missing-title',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['related'],
  check({ block }) {
    return block.type === 'related' && block.title.trim() === '' ? [{ field: 'title' }] : [];
  },
};
