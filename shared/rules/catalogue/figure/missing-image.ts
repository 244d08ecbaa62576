import type { BlockRule } from '../../types';

/** The draft named a photo but the article has no image file or address for it. */
export const figureMissingImage: BlockRule = {
  id: 'figure/missing-image',
  defaultSeverity: 'error',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block }) {
    return block.type === 'figure' && !block.src?.trim() ? [{ field: 'src' }] : [];
  },
};
