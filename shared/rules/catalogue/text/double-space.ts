import { updateBlock } from '../../support/edit';
import { spliceField, textFields } from '../../support/fields';
import type { BlockRule, Finding } from '../../types';

/** Two or more spaces between words: a typing slip that shows in print. */
const RUN = /(?<=\S) {2,}(?=\S)/g;

export const textDoubleSpace: BlockRule = {
  id: 'text/double-space',
  defaultSeverity: 'info',
  scope: 'block',
  check({ block }) {
    const out: Finding[] = [];
    const blockId = block.id;
    for (const { field, text } of textFields(block)) {
      if (!text.includes('  ')) continue;
      for (const m of text.matchAll(RUN)) {
        const start = m.index;
        const run = m[0];
        out.push({
          field,
          start,
          end: start + run.length,
          values: { count: run.length },
          fixes: [
            {
              id: 'collapse',
              safe: true,
              apply: (a) =>
                updateBlock(a, blockId, (b) =>
                  spliceField(b, field, start, start + run.length, run, ' '),
                ),
            },
          ],
        });
      }
    }
    return out;
  },
};
