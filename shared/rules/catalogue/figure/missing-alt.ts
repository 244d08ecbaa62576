import { updateBlock } from '../../support/edit';
import type { BlockRule, FindingFix } from '../../types';

/** Screen-reader users need a description of the image; a caption is not always one. */
export const figureMissingAlt: BlockRule = {
  id: 'figure/missing-alt',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block }) {
    if (block.type !== 'figure' || block.alt.trim() !== '') return [];
    const caption = block.caption.trim();
    const blockId = block.id;
    const fixes: FindingFix[] = caption
      ? [
          {
            id: 'useCaption',
            // Not safe: a caption says what happened, alt text what the picture shows.
            safe: false,
            apply: (a) =>
              updateBlock(a, blockId, (b) =>
                b.type === 'figure' && b.alt.trim() === '' && b.caption.trim() === caption
                  ? { ...b, alt: caption }
                  : null,
              ),
          },
        ]
      : [];
    return [{ field: 'alt', fixes }];
  },
};
