import type { BlockRule } from '../../types';

/** A "Baca juga" line with no link is a dead end for the reader. */
export const relatedMissingUrl: BlockRule = {
  id: 'related/missing-url',
  defaultSeverity: 'error',
  scope: 'block',
  blockTypes: ['related'],
  check({ block }) {
    return block.type === 'related' && !block.url?.trim()
      ? [{ field: 'url', values: { title: block.title } }]
      : [];
  },
};
